import ArgumentParser
import IndicatorsCore

@main
struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators",
    abstract: "Keep regional economic indicators as time series, fit their trends and export them.",
    discussion: """
      The database is the file given by --db, else $INDICATORS_DB, else
      $XDG_DATA_HOME/indicators/indicators.sqlite (~/.local/share/indicators/indicators.sqlite).
      Start with `indicators init`, which loads the bundled sample data (Mianyang, Sichuan, Chengdu).
      Options common to the data commands (--db, --lang, --format, --as-of, --no-bom) may also be
      written before the command: `indicators --db x.sqlite list`.

      stdout carries data; messages go to stderr.
      Exit status: 0 success; 1 error (bad input, missing database, unknown series);
      64 usage error (unknown option, bad argument).
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self, ExtractCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, HistoryCommand.self,
      ExportCommand.self, FitCommand.self, ForecastCommand.self, BacktestCommand.self,
      TargetCommand.self, TargetsCommand.self, ReportCommand.self, ChartCommand.self,
      RegionCommand.self, IndicatorCommand.self, ConfigCommand.self,
      ServeCommand.self, SyncCommand.self, UserCommand.self, LogCommand.self,
    ]
  )

  static func main() {
    let language = Console.language
    do {
      let arguments = try RootArguments.normalize(Array(CommandLine.arguments.dropFirst()), language: language)
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let mistake as RootArguments.Mistake {
      Console.error(mistake.message)
      exit(withError: ExitCode.validationFailure)
    } catch let error as ExitCode {
      exit(withError: error)
    } catch {
      if let message = Console.userMessage(for: error) {
        Console.error(message)
        exit(withError: ExitCode.failure)
      }
      // In Chinese, a mistake on the command line (a command's own `validate()` among them) is
      // said in Chinese with a pointer to the help, not ArgumentParser's English usage text.
      if language == .zh, exitCode(for: error) == .validationFailure {
        Console.error(Messages.usageMistake(message(for: error)))
        let words = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("-") }
        let commands = RootArguments.commands
        let command = words.first.flatMap { name in
          commands[name].map { subcommands in [name] + words.dropFirst().prefix(1).filter(subcommands.contains) }
        } ?? []
        Console.note("用法见 `indicators \((command + ["--help"]).joined(separator: " "))`")
        exit(withError: ExitCode.validationFailure)
      }
      exit(withError: error)
    }
  }
}
