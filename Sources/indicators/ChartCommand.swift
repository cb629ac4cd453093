import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsWorkflows

struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart", abstract: "Draw a series with its forecast (and its first level target) as SVG.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions

  @OptionGroup var series: SeriesOptions
  @OptionGroup var language: LanguageOptions

  @Option(help: "Years ahead.")
  var horizon = 5

  @Option(help: ArgumentHelp("The SVG file to write (default: stdout).", valueName: "path"))
  var out: String?

  func validate() throws { try HorizonCheck.horizon(horizon) }

  func run() throws {
    let database = try store.open()
    let lang = language.language
    let chart = try ChartWorkflow.chart(series.resolve(in: database), in: database, horizon: horizon, asOf: vintage.asOf, language: lang)
    try Console.deliver(
      SVGChart.render(chart, language: lang), to: out, summary: Messages.chartWritten(values: chart.history.count, horizon: horizon, lang))
  }
}
