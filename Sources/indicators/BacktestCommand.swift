import ArgumentParser
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

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

  func run() throws {
    let database = try store.open()
    let (indicator, region) = try series.resolve(in: database)
    let annual = AnnualSeries(try database.seriesPoints(indicator: indicator.code, region: region.code, asOf: vintage.asOf))
    guard annual.values.count >= 4 else {
      throw CommandFailure("a backtest needs at least 4 annual values; \(indicator.code) · \(region.code) has \(annual.values.count)")
    }
    var table = Table(columns: [
      .init("model", "方法"), .init("windows", "窗口数", alignRight: true), .init("forecasts", "预测数", alignRight: true),
      .init("mase", "MASE", alignRight: true), .init("smape", "sMAPE", alignRight: true),
      .init("coverage_80", "80%覆盖率", alignRight: true), .init("coverage_95", "95%覆盖率", alignRight: true),
    ])
    for method in ForecastMethod.allCases {
      let result = Backtest(model: method.model(horizon: horizon), series: annual.values, horizon: horizon, windows: windows, minimumTrain: 3)
      guard !result.windows.isEmpty else { continue }
      let s = result.summary
      table.rows.append([
        .text(method.rawValue), .number(Double(result.windows.count)), .number(Double(s.steps)),
        .number(s.mase), .number(s.smape), .number(s.coverage[80] ?? .nan), .number(s.coverage[95] ?? .nan),
      ])
    }
    Console.note("\(indicator.code) · \(region.code) · \(annual.values.count) annual values \(annual.firstYear)–\(annual.lastYear) · horizon \(horizon)")
    Console.output(output.render(table))
  }
}
