import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// Rolling-origin accuracy of every forecasting method on one series.
package enum BacktestWorkflow {
  /// A backtest needs this many annual values: three to train on and one to check.
  package static let minimumValues = 4

  package static func run(
    _ series: SelectedSeries, in store: IndicatorStore, asOf: CalendarDate?, horizon: Int, windows: Int
  ) throws -> (notice: Notice, table: Table) {
    let annual = AnnualSeries(try series.points(in: store, asOf: asOf))
    guard annual.values.count >= minimumValues else {
      throw WorkflowError("a backtest needs at least \(minimumValues) annual values; \(series.label) has \(annual.values.count)")
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
    let notice = Notice.note("\(series.label) · \(annual.values.count) annual values \(annual.firstYear)–\(annual.lastYear) · horizon \(horizon)")
    return (notice, table)
  }
}
