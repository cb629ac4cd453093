import ArgumentParser

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
      ServeCommand.self,
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
      exit(withError: error)
    }
  }
}
