import ArgumentParser
import IndicatorsWorkflows

extension ConfigWorkflow.Key: ExpressibleByArgument {}

struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Read and change settings kept in the database.",
    discussion: """
      region: the region commands use when --region is not given (init sets mianyang).
        indicators config set region yibin      (a code, name or alias: 宜宾市 works too)
        indicators config get region
      """,
    subcommands: [Set.self, Get.self])

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a setting.")

    @OptionGroup var setting: SettingOptions

    @Argument(help: "Its new value.")
    var value: String

    func run() throws {
      Console.note(try ConfigWorkflow.set(setting.key, to: value, in: setting.options.open(), language: setting.options.language))
    }
  }

  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Print a setting (nothing when unset).")

    @OptionGroup var setting: SettingOptions

    func run() throws {
      if let value = try ConfigWorkflow.get(setting.key, in: setting.options.open()) { Console.output(value + "\n") }
    }
  }
}

/// The database, the language and the setting `config set` and `config get` are about.
struct SettingOptions: ParsableArguments {
  @OptionGroup var options: StoreLanguageOptions

  @Argument(help: "The setting.")
  var key: ConfigWorkflow.Key
}
