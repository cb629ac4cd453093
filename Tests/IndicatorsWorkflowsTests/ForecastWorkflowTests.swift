import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct ForecastWorkflowTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  func series(_ indicator: String, _ region: String? = nil) throws -> SelectedSeries {
    try SeriesSelector(indicator: indicator, region: region).resolve(in: store)
  }

  @Test func levelSeriesWithGrowthAndNotices() throws {
    let workflow = ForecastWorkflow(horizon: 3, levels: [95, 80])
    let result = try workflow.run(series("gdp"), in: store, asOf: nil)
    let table = workflow.table(result)
    #expect(table.headers(chinese: false) == ["period", "kind", "mean", "lo-80", "hi-80", "lo-95", "hi-95", "growth_pct"])
    #expect(table.rows.filter { $0[1].exact == "forecast" }.map(\.[0].exact) == ["2026", "2027", "2028"])
    #expect(result.notices[0].text.contains("intervals: calibrated on"))
    #expect(result.notices.contains(.warning("filled gaps by interpolation: 2007 2008 2010 2012")))
    #expect(result.baseName != nil)
    // Each forecast year's growth is over the year before it.
    let first = try #require(table.rows.first { $0[0].exact == "2026" })
    #expect(first.last == .number(Growth.percent(result.forecast.mean[0], over: result.annual.values.last!)))
  }

  @Test func rateSeriesHasNoGrowthColumn() throws {
    let workflow = ForecastWorkflow(horizon: 2)
    let table = workflow.table(try workflow.run(series("gdp_growth"), in: store, asOf: nil))
    #expect(!table.headers(chinese: false).contains("growth_pct"))
  }

  @Test func everySeriesAtOnce() throws {
    var progress: [Int] = []
    let (table, notice) = try ForecastWorkflow(horizon: 2).runAll(in: store, asOf: nil, save: true) { done, _ in progress.append(done) }
    // gdp has annual values for four regions; two years each.
    #expect(table.rows.filter { $0[0] == .text("gdp") }.count == 8)
    #expect(notice.text.hasPrefix("forecast ") && notice.text.hasSuffix("; saved"))
  }

  /// Batches forecast while the next is read give the rows of one batch, in the same order.
  @Test func batchesDoNotChangeTheRows() throws {
    var one = ForecastWorkflow(horizon: 3)
    one.batchSize = 100_000
    var small = one
    small.batchSize = 2
    let (expected, _) = try one.runAll(in: store, asOf: nil, save: false)
    let (rows, _) = try small.runAll(in: store, asOf: nil, save: false)
    #expect(expected.rows.count > 4 * 3, "the sample data should make several batches of two series")
    #expect(rows.rows == expected.rows)
  }

  /// Series forecast on every core give the rows, to the byte, that one thread gives one after
  /// another, with `auto` and with a plain method, for level and rate series and several batches.
  @Test(arguments: [ForecastMethod.auto, .drift])
  func concurrentRowsEqualSerialOnesToTheByte(_ method: ForecastMethod) throws {
    var parallel = ForecastWorkflow(method: method, horizon: 4)
    parallel.batchSize = 5
    var serial = parallel
    serial.concurrent = false
    let (expected, _) = try serial.runAll(in: store, asOf: nil, save: false)
    let (rows, _) = try parallel.runAll(in: store, asOf: nil, save: false)
    #expect(expected.rows.count > 3 * 5 * 4, "the sample data should make several batches of five series")
    #expect(rows.json() == expected.json())
    // Each row is the series' own single forecast, so the slots cannot have been mixed up.
    let gdp = try series("gdp")
    let one = try parallel.run(gdp, in: store, asOf: nil)
    let ownRows = rows.rows.filter { $0[0].exact == "gdp" && $0[1].exact == gdp.region.code }
    #expect(ownRows.map { $0[3] } == one.forecast.mean.map { Table.Cell.number($0) })
  }

  @Test func noAnnualValuesIsAnError() throws {
    let empty = try IndicatorStore.inMemory()
    try SampleDataLoader.load(into: empty, catalogueOnly: true) { _ in }
    let gdp = try series("gdp")
    #expect(throws: WorkflowError("gdp has no annual values for mianyang")) {
      try ForecastWorkflow(horizon: 2).run(gdp, in: empty, asOf: nil)
    }
  }

  @Test func growthIsRoundedToABasisPointHundredth() {
    #expect(Growth.percent(110, over: 100) == 10)
    #expect(Growth.percent(1, over: 3) == -66.6667)
  }

  @Test func chartDrawsHistoryForecastAndTheNextLevelTarget() throws {
    let chart = try ChartWorkflow.chart(series("gdp"), in: store, horizon: 5, asOf: nil)
    #expect(chart.forecast.map(\.year) == [2026, 2027, 2028, 2029, 2030])
    #expect(chart.target?.year == 2027 && chart.target?.value == 6000)
    #expect(chart.history.last?.year == 2025)
    #expect(SVGChart.render(chart).contains(">6000<"))
  }

  @Test func backtestScoresEveryMethod() throws {
    let (notice, table) = try BacktestWorkflow.run(series("gdp"), in: store, asOf: nil, horizon: 3, windows: 8)
    #expect(notice.text.hasPrefix("gdp · mianyang · "))
    let rows = table.rows.map { "\($0[0].exact),\($0[1].exact)" }
    #expect(rows.contains("auto,8") && rows.contains("drift,8"))
    #expect(throws: WorkflowError.self) {
      try BacktestWorkflow.run(series("rd_intensity", "chengdu"), in: store, asOf: nil, horizon: 3, windows: 8)
    }
  }

  /// From each publication date, with what had been published by then: the 2024-01-16 work
  /// report knew 2023 as 超4000 and forecast 2024 from it; today 2024 reads 4344.
  @Test func realTimeBacktestForecastsFromEachVintage() throws {
    let (notices, table) = try BacktestWorkflow.runRealTime(series("gdp"), in: store, method: .drift, horizon: 2)
    let rows = lines(table)
    let fromWorkReport = try #require(rows.first { $0.hasPrefix("2024-01-16,2023,4000,2024,") })
    let cells = fromWorkReport.split(separator: ",")
    #expect(cells[7] == "4344")
    let forecast = try #require(Double(cells[4]))
    #expect(abs(Double(cells[8])! - (100 * abs(forecast - 4344) / 4344 * 100).rounded() / 100) < 1e-9)
    #expect(notices.text.contains("mean absolute % error by years ahead"))
  }

  @Test func fitReportsGrowthWithIntervalAndWarnings() throws {
    let result = try FitWorkflow(model: .loglinear, from: 2013).run(series("gdp"), in: store, asOf: nil)
    let growth = try #require(result.statistics.first { $0.key == "growth_rate" }?.value)
    #expect(growth > 0.09 && growth < 0.11)
    #expect(result.notices.text.contains("used 7 bound(s) as exact values"))
    #expect(result.json.contains("\"growth_rate\": 0.1"))
    #expect(result.combinedTable.rows.count == result.terms.rows.count + result.statistics.count)
    #expect {
      try FitWorkflow(model: .linear).run(series("rd_intensity", "chengdu"), in: store, asOf: nil)
    } throws: { "\($0)".contains("needs at least 3 annual values, got 1") }
  }
}
