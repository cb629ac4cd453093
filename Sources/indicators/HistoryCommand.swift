import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Every published version (vintage) of one value, oldest first.")

  @OptionGroup var options: TableOptions

  @OptionGroup var series: SeriesOptions

  @Argument(help: "Period (2023, 2023Q1, 2023年1-11月 …).")
  var period: String

  var parsedPeriod: Period {
    get throws {
      do { return try Period(parsing: period) } catch { throw ValidationError(error.description) }
    }
  }

  func validate() throws { _ = try parsedPeriod }

  func run() throws {
    let (title, table) = try SeriesTables.history(options.open(), series.selector, period: parsedPeriod, language: options.output.language)
    Console.note(title)
    Console.output(options.output.render(table))
  }
}
