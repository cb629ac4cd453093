import ArgumentParser
import IndicatorsCore

/// What the root command does to its arguments before ArgumentParser sees them:
/// global options written before the subcommand (`indicators --db x.sqlite list`) move after it,
/// and a mistyped subcommand (`indicators forcast gdp`, `indicators help nosuch`) is a usage error
/// that names the nearest commands.
enum RootArguments {
  /// Options every data command takes, and whether each takes a value.
  static let globalOptions: [String: Bool] = ["--db": true, "--lang": true, "--format": true, "--as-of": true, "--no-bom": false]

  /// A usage mistake found before parsing, with its message.
  struct Mistake: Error {
    var message: String
  }

  /// The names of the subcommands, each with the names of its own subcommands.
  static var commands: [String: [String]] {
    func name(_ command: any ParsableCommand.Type) -> String { command.configuration.commandName ?? "" }
    var names: [String: [String]] = [:]
    for command in IndicatorsCommand.configuration.subcommands {
      names[name(command)] = command.configuration.subcommands.map(name)
    }
    return names
  }

  /// `arguments` (without the program name) rearranged as described above.
  /// Throws `Mistake` for an unknown subcommand or `help` of one.
  static func normalize(_ arguments: [String], language: Language) throws(Mistake) -> [String] {
    var leading: [String] = []
    var rest = arguments[...]
    while let first = rest.first, let name = first.split(separator: "=", maxSplits: 1).first.map(String.init),
      let takesValue = globalOptions[name]
    {
      leading.append(first)
      rest = rest.dropFirst()
      if takesValue, !first.contains("="), let value = rest.first {
        leading.append(value)
        rest = rest.dropFirst()
      }
    }
    guard let command = rest.first, !command.hasPrefix("-") else { return leading.isEmpty ? arguments : Array(rest) + leading }
    let commands = commands
    if command == "help" {
      if let topic = rest.dropFirst().first, !topic.hasPrefix("-"), commands[topic] == nil { throw unknown(topic, commands, language) }
      return Array(rest) + leading
    }
    guard let subcommands = commands[command] else { throw unknown(command, commands, language) }
    // Options go after the innermost subcommand (`target add`), where ArgumentParser looks for them.
    var path = [command]
    var tail = rest.dropFirst()
    if let next = tail.first, subcommands.contains(next) {
      path.append(next)
      tail = tail.dropFirst()
    }
    return path + leading + Array(tail)
  }

  static func unknown(_ name: String, _ commands: [String: [String]], _ language: Language) -> Mistake {
    let nearest = Suggestion.nearest(to: name, among: commands.keys.sorted() + ["help"])
    let said = language == .zh ? "没有 '\(name)' 这个命令" : "unknown command '\(name)'"
    let hint = language == .zh ? "；`indicators --help` 列出所有命令" : "; `indicators --help` lists the commands"
    return Mistake(message: said + Messages.didYouMean(nearest, language) + hint)
  }
}
