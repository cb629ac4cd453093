import ArgumentParser
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
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @OptionGroup var series: SeriesOptions

  @Option(help: "Years ahead.")
  var horizon = 3

  @Option(help: "Forecast origins.")
  var windows = 8

  func validate() throws {
    try HorizonCheck.horizon(horizon)
    guard SupportedRange.windows.contains(windows) else {
      throw ValidationError("--windows: \(windows); give \(SupportedRange.windows.lowerBound) to \(SupportedRange.windows.upperBound) forecast origins")
    }
  }

  func run() throws {
    let database = try store.open()
    let (notice, table) = try BacktestWorkflow.run(
      series.resolve(in: database), in: database, asOf: vintage.asOf, horizon: horizon, windows: windows)
    Console.show([notice])
    Console.output(output.render(table))
  }
}
