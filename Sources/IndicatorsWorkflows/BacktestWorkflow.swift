import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// Rolling-origin accuracy of every forecasting method on one series.
package enum BacktestWorkflow {
  /// A backtest needs this many annual values: three to train on and one to check.
  package static let minimumValues = 4

  package static func run(
    _ series: SelectedSeries, in store: any IndicatorStoring, asOf: CalendarDate?, horizon: Int, windows: Int, language: Language = .en
  ) throws -> (notice: Notice, table: Table) {
    let annual = AnnualSeries(try series.points(in: store, asOf: asOf))
    guard annual.values.count >= minimumValues else {
      throw WorkflowError("a backtest needs at least \(minimumValues) annual values; \(series.label) has \(annual.values.count)")
    }
    var table = Table(columns: [
      .init("model", "方法"), .init("windows", "窗口数", alignRight: true), .init("forecasts", "预测数", alignRight: true),
      .init("mase", "MASE", alignRight: true, style: .fixed(3)), .init("smape", "sMAPE", alignRight: true, style: .fixed(2)),
      .init("coverage_80", "80%覆盖率", alignRight: true, style: .probability),
      .init("coverage_95", "95%覆盖率", alignRight: true, style: .probability),
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
    let notice = Notice.note(language.pick(
      "\(series.label(language)) · \(annual.firstYear)–\(annual.lastYear)年\(annual.values.count)个年度值 · 预测步长\(horizon)年",
      "\(series.label) · \(annual.values.count) annual values \(annual.firstYear)–\(annual.lastYear) · horizon \(horizon)"))
    return (notice, table)
  }
}

extension BacktestWorkflow {
  /// The real-time backtest (`backtest --as-of-vintages`): from each date on which a value of the
  /// series was published, forecast with only what was published by then and score against today's
  /// latest values. One row per publication date and step ahead.
  package static func runRealTime(
    _ series: SelectedSeries, in store: any IndicatorStoring, method: ForecastMethod, horizon: Int, language: Language = .en
  ) throws -> (notices: [Notice], table: Table) {
    let vintages = try store.observations(ObservationQuery(indicators: [series.indicator.code], regions: [series.region.code], allVintages: true))
      .filter { $0.period.frequency == .annual }
      .compactMap(\.vintage)
    let dates = Array(Set(vintages)).sorted()
    guard !dates.isEmpty else { throw WorkflowError("\(series.label) has no dated annual values: a real-time backtest needs publication dates") }
    let snapshots = try dates.map { date in
      RealTimeBacktest.Snapshot(date: date.description, series: AnnualSeries(try series.points(in: store, asOf: date)))
    }
    let truth = AnnualSeries(try series.points(in: store, asOf: nil))
    let model = ForecastWorkflow(method: method, horizon: horizon).model(for: series)
    let result = RealTimeBacktest(model: model, snapshots: snapshots, truth: truth, horizon: horizon)
    var table = Table(columns: [
      .init("published", "发布日期"), .init("known_through", "已知至"), .init("known_value", "当时值", alignRight: true),
      .init("year", "预测年份"), .init("forecast", "预测值", alignRight: true, style: .significant(4)),
      .init("lo-95", "下限95", alignRight: true, style: .significant(4)), .init("hi-95", "上限95", alignRight: true, style: .significant(4)),
      .init("actual", "最新值", alignRight: true), .init("error_pct", "误差%", alignRight: true, style: .fixed(2)),
    ])
    for origin in result.origins {
      let band = origin.forecast.bandIfPresent(level: 95)
      for h in origin.forecast.mean.indices {
        let actual = origin.actual[h]
        table.rows.append([
          .text(origin.date), .text("\(origin.lastYear)"), .number(origin.lastValue), .text("\(origin.lastYear + h + 1)"),
          .number(origin.forecast.mean[h]), band.map { .number($0.lower[h]) } ?? .empty, band.map { .number($0.upper[h]) } ?? .empty,
          actual.map { .number($0) } ?? .empty,
          origin.percentageErrors[h].map { .number(($0 * 100).rounded() / 100) } ?? .empty,
        ])
      }
    }
    let summary = result.summary
    let mape = summary.mape.enumerated().filter { summary.cases[$0.offset] > 0 }
      .map { step, error in
        let (e, n) = (DisplayNumber.fixed(error, decimals: 2), summary.cases[step])
        return language.pick("提前\(step + 1)年 \(e)%（\(n)）", "h=\(step + 1) \(e)% (\(n))")
      }.joined(separator: language.pick("，", ", "))
    let zh = language == .zh
    var notices: [Notice] = [
      .note(zh
        ? "\(series.label(language)) · 方法 \(method.rawValue) · 从\(result.origins.count)个发布日期起预测，按当前最新值评分"
        : "\(series.label) · model \(method.rawValue) · forecasts from \(result.origins.count) publication dates, scored on today's latest values")
    ]
    notices.append(.note(mape.isEmpty
      ? language.pick("预测年份尚无数据", "no forecast year has a value yet")
      : language.pick("按提前年数的平均绝对百分比误差（个数）：\(mape)", "mean absolute % error by years ahead (cases): \(mape)")))
    if let c = summary.coverage[95], c.isFinite {
      notices.append(.note(language.pick("95%区间覆盖了\(DisplayNumber.probability(c))的结果", "95% intervals held \(DisplayNumber.probability(c)) of the outcomes")))
    }
    return (notices, table)
  }
}
