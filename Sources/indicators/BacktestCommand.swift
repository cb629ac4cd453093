import ArgumentParser
import IndicatorsForecast
import IndicatorsCore
import IndicatorsWorkflows

struct BacktestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest",
    abstract: "Rolling-origin accuracy of each forecasting method on one series.",
    discussion: """
      For each of the last --windows origins, fits on the years before it and forecasts up to
      --horizon years; reports MASE (scaled by the mean absolute yearly change), sMAPE and how often
      the 80% and 95% intervals held the outcome. Few windows mean noisy scores: read them as a
      guide, not a verdict.

      --as-of-vintages backtests on what was known: from each date a value of the series was
      published, it forecasts with only what had been published by then (like ALFRED's real-time
      data) and scores the forecasts against today's latest values, revisions included.
      """)

  @OptionGroup var options: QueryOptions

  @OptionGroup var series: SeriesOptions

  @Option(help: "Years ahead.")
  var horizon = 3

  @Option(help: "Forecast origins.")
  var windows = 8

  @Flag(help: "Forecast from each publication date with what was published by then.")
  var asOfVintages = false

  @Option(help: "The method for --as-of-vintages.")
  var model: ForecastMethod = .auto

  func validate() throws {
    try HorizonCheck.horizon(horizon)
    guard SupportedRange.windows.contains(windows) else {
      throw ValidationError("--windows: \(windows); give \(SupportedRange.windows.lowerBound) to \(SupportedRange.windows.upperBound) forecast origins")
    }
  }

  func run() throws {
    let database = try options.open()
    if asOfVintages {
      let (notices, table) = try BacktestWorkflow.runRealTime(series.resolve(in: database), in: database, method: model, horizon: horizon, language: options.output.language)
      Console.show(notices)
      return Console.output(options.output.render(table))
    }
    let (notice, table) = try BacktestWorkflow.run(
      series.resolve(in: database), in: database, asOf: options.asOf, horizon: horizon, windows: windows, language: options.output.language)
    Console.show([notice])
    Console.output(options.output.render(table))
  }
}
