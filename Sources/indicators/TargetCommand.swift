import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

extension PlanTarget.Kind: ExpressibleByArgument {}
extension PlanTarget.Direction: ExpressibleByArgument {}
extension PlanTarget.Attribute: ExpressibleByArgument {}

struct TargetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "target", abstract: "Add or remove plan targets.", subcommands: [AddTarget.self, RemoveTarget.self])

  struct RemoveTarget: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a target by its id (see `indicators targets`).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    @Argument(help: "Target id.")
    var id: Int64

    func run() throws {
      Console.note(try TargetList.remove(id, from: store.open(), language: language.language))
    }
  }
}

struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "targets", abstract: "List the plan targets.")

  @OptionGroup var options: TableOptions

  @Option(help: "Only this region (code or name).")
  var region: String?

  func run() throws {
    Console.output(options.output.render(try TargetList.table(options.open(), region: region, language: options.output.language)))
  }
}
