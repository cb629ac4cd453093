import Foundation
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// A series' annual values → a forecast with its intervals, and what the user should know about
/// the values it rests on (gaps filled, bounds used as written, derived figures left out).
/// `forecast`, `chart`, `backtest` and `report` all prepare their series here.
package struct ForecastWorkflow: Sendable {
  package var method: ForecastMethod
  package var horizon: Int
  /// Interval levels in percent, ascending.
  package var levels: [Double]
  /// The language of notices and of the table's words.
  package var language: Language

  package init(method: ForecastMethod = .auto, horizon: Int, levels: [Double] = [80, 95], language: Language = .en) {
    self.method = method
    self.horizon = horizon
    self.levels = levels.sorted()
    self.language = language
  }

  /// One series' forecast, with the values it was fitted on.
  package struct SeriesForecast {
    package var series: SelectedSeries
    package var annual: AnnualSeries
    package var observed: [(year: Int, value: Double)]
    package var fitted: any FittedForecast
    package var forecast: Forecast
    /// The method `auto` chose for this series, or nil for another method.
    package var baseName: String?
    package var notices: [Notice]
    /// The years forecast, one per step.
    package var years: [Int] { (0..<forecast.mean.count).map { annual.lastYear + $0 + 1 } }
  }

  /// Reads the series and forecasts it.
  package func run(_ series: SelectedSeries, in store: any IndicatorStoring, asOf: CalendarDate?) throws -> SeriesForecast {
    try forecast(series, points: series.points(in: store, asOf: asOf))
  }

  package func forecast(_ series: SelectedSeries, points: [SeriesPoint]) throws -> SeriesForecast {
    let annual = AnnualSeries(points)
    guard !annual.values.isEmpty else { throw WorkflowError(Messages.noAnnualValues(series.indicator, series.region, language)) }
    let model = model(for: series)
    let fitted = try model.fit(annual.values)
    let forecast = fitted.forecast(horizon: horizon, levels: levels)
    let baseName = (fitted as? AutoModel.Fitted)?.baseName
    var notices: [Notice] = [
      .note(Messages.forecastBasis(
        series.label(language), unit: series.indicator.unit.symbol, count: annual.values.count, first: annual.firstYear,
        last: annual.lastYear, method: method.rawValue, chosen: baseName, intervals: forecast.intervalMethod, language))
    ]
    if !annual.filledYears.isEmpty { notices.append(.warning(Messages.filledGaps(annual.filledYears, language))) }
    if annual.skippedDerived > 0 { notices.append(.note(Messages.derivedNotUsed(annual.skippedDerived, language))) }
    if !annual.qualifiedYears.isEmpty { notices.append(.warning(Messages.boundsAsWritten(annual.qualifiedYears, language))) }
    if model is AutoModel, let baseName, annual.values.count < 5 {
      notices.append(.warning(Messages.autoFallsBack(annual.values.count, to: baseName, language)))
    }
    return SeriesForecast(
      series: series, annual: annual, observed: annual.observed, fitted: fitted, forecast: forecast, baseName: baseName, notices: notices)
  }

  /// The method for one series: `auto` models growth in logs only for levels and counts, not for
  /// rates and shares (a 7% growth rate is not a level that compounds).
  package func model(for series: SelectedSeries) -> any ForecastModel { model(isLevel: series.indicator.measureKind.isLevel) }

  func model(isLevel: Bool) -> any ForecastModel {
    guard method == .auto else { return method.model(horizon: horizon) }
    return AutoModel(horizon: horizon, kind: isLevel ? .level : .rate)
  }

  /// Every series in the store, forecast with this method; series without annual values (or that
  /// the method cannot fit) are counted, not fatal. `progress` hears (done, total) on long runs.
  ///
  /// Series are read as a stream and forecast in batches on every core
  /// (`DispatchQueue.concurrentPerform`), each batch while the next is being read; rows come out
  /// in the store's order (indicator, region) whatever the number of cores, so the output is the
  /// same on any machine.
  package func runAll(
    in store: any IndicatorStoring, asOf: CalendarDate?, save: Bool, progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> (table: Table, notice: Notice) {
    let total = try store.seriesCount()
    let levelIndicators = Set(try store.indicators().filter(\.measureKind.isLevel).map(\.code))
    let regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0) })
    var table = Table(columns: [.init("indicator", "指标"), .init("region", "地区"), .init("period", "时期")] + forecastColumns)
    var saved: [StoredForecast] = []
    var (done, failed) = (0, 0)
    let started = Date()
    var batch: [(indicator: String, region: String, points: [SeriesPoint])] = []
    // The batch being forecast on other threads while the reader fills the next one.
    var pending: (series: [(indicator: String, region: String)], work: BatchForecast)?
    func collect() {
      guard let (series, work) = pending else { return }
      pending = nil
      for (s, result) in zip(series, work.results()) {
        guard let (lastYear, forecast) = result else { failed += 1; continue }
        for h in 0..<horizon {
          let period = Period.year(lastYear + h + 1)
          let region: Table.Cell = regions[s.region].map { .region($0, language) } ?? .text(s.region)
          table.rows.append([.text(s.indicator), region, .period(period, language)] + cells(forecast, h))
          if save { saved.append(stored(forecast, h, indicator: s.indicator, region: s.region, period: period)) }
        }
      }
      done += series.count
      if Date().timeIntervalSince(started) > 2 { progress(done, max(total, done)) }
    }
    func flush() {
      collect()
      guard !batch.isEmpty else { return }
      let inputs = batch.map { ($0.points, levelIndicators.contains($0.indicator)) }
      pending = (batch.map { ($0.indicator, $0.region) }, BatchForecast { forecastConcurrently(inputs) })
      batch.removeAll(keepingCapacity: true)
    }
    try store.forEachSeries(asOf: asOf) { indicator, region, points in
      batch.append((indicator, region, points))
      if batch.count == batchSize { flush() }
    }
    flush()
    collect()
    if save { try store.saveForecasts(saved, asOf: asOf, createdAt: .today) }
    let note = Messages.forecastAll(done: done - failed, of: done, method: method.rawValue, failed: failed, saved: save, language)
    return (table, .note(note))
  }

  /// Series forecast together by `runAll`: enough to keep every core busy, few enough to hold in
  /// memory (two batches are held at a time).
  package var batchSize = 256

  /// Whether `runAll` forecasts a batch's series on every core (the default) or one after another
  /// on one thread: the same rows in the same order either way (each series' forecast depends on
  /// that series alone and goes to its own slot); the serial path is the reference for that and
  /// for profiling one thread.
  package var concurrent = true

  /// Each series' last year and forecast (nil when it has no annual values, cannot be fitted or
  /// gives a mean that is not finite),
  /// in the order given, computed on every core (or on this thread if not `concurrent`).
  func forecastConcurrently(_ series: [(points: [SeriesPoint], isLevel: Bool)]) -> [(lastYear: Int, forecast: Forecast)?] {
    let results = UnsafeMutableBufferPointer<(lastYear: Int, forecast: Forecast)?>.allocate(capacity: series.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let slots = ResultSlots(results)
    let forecastOne: @Sendable (Int) -> Void = { index in
      let annual = AnnualSeries(series[index].points)
      guard !annual.values.isEmpty, let fitted = try? model(isLevel: series[index].isLevel).fit(annual.values) else { return }
      let forecast = fitted.forecast(horizon: horizon, levels: levels)
      // A mean that is not finite (a model overflowing near Double's range) counts as a failure.
      guard forecast.mean.allSatisfy(\.isFinite) else { return }
      slots.set(index, (annual.lastYear, forecast))
    }
    if concurrent {
      DispatchQueue.concurrentPerform(iterations: series.count, execute: forecastOne)
    } else {
      for index in series.indices { forecastOne(index) }
    }
    return Array(results)
  }

  /// Stores one series' forecast, replacing the method's earlier one. A forecast whose mean is not
  /// finite (a model overflowing on a series near Double's range) is refused, nothing saved;
  /// interval bounds that are not finite are stored as absent.
  package func save(_ result: SeriesForecast, in store: any IndicatorStoring, asOf: CalendarDate?) throws {
    guard result.forecast.mean.allSatisfy(\.isFinite) else {
      throw WorkflowError("the \(method.rawValue) forecast of \(result.series.label) is not a finite number (the values are too large for the model); nothing was saved")
    }
    let rows = zip(0..<horizon, result.years).map { h, year in
      stored(result.forecast, h, indicator: result.series.indicator.code, region: result.series.region.code, period: .year(year))
    }
    try store.saveForecasts(rows, asOf: asOf, createdAt: .today)
  }

  /// The last three observed (or filled) years and the forecast; for a level or count series, each
  /// year's growth over the one before, in percent. A filled year is computed, so it reads to 4
  /// significant digits as a forecast does; an observed one as published.
  package func table(_ result: SeriesForecast) -> Table {
    let (annual, forecast) = (result.annual, result.forecast)
    let isLevel = result.series.indicator.measureKind.isLevel
    var table = Table(
      columns: [.init("period", "时期"), .init("kind", "类型")] + forecastColumns
        + (isLevel ? [.init("growth_pct", "增速%", alignRight: true, style: .fixed(2))] : []))
    let shown = annual.values.suffix(3)
    for (offset, value) in shown.enumerated() {
      let year = annual.lastYear - shown.count + 1 + offset
      let kind: Wording.RowKind = annual.filledYears.contains(year) ? .filled : .observed
      var row: [Table.Cell] = [.period(.year(year), language), .coded(kind.rawValue, shown: Wording.rowKind(kind, language)), .styled(value, kind == .filled ? .significant(4) : .value)]
      row += levels.flatMap { _ in [Table.Cell.empty, .empty] }
      if isLevel {
        let index = annual.values.count - shown.count + offset
        row.append(index > 0 ? .number(Growth.percent(annual.values[index], over: annual.values[index - 1])) : .empty)
      }
      table.rows.append(row)
    }
    for (h, year) in result.years.enumerated() {
      var row: [Table.Cell] = [.period(.year(year), language), .coded("forecast", shown: Wording.rowKind(.forecast, language))] + cells(forecast, h)
      if isLevel { row.append(.number(Growth.percent(forecast.mean[h], over: h == 0 ? annual.values.last! : forecast.mean[h - 1]))) }
      table.rows.append(row)
    }
    return table
  }

  var forecastColumns: [Table.Column] {
    [.init("mean", "预测值", alignRight: true, style: .significant(4))]
      + levels.flatMap { level -> [Table.Column] in
        let l = ValueFormatting.shortest(level)
        return [
          .init("lo-\(l)", "下限\(l)", alignRight: true, style: .significant(4)),
          .init("hi-\(l)", "上限\(l)", alignRight: true, style: .significant(4)),
        ]
      }
  }

  func cells(_ f: Forecast, _ h: Int) -> [Table.Cell] {
    [.number(f.mean[h])] + levels.flatMap { level -> [Table.Cell] in
      let band = f.band(level: level)
      return [.number(band.lower[h]), .number(band.upper[h])]
    }
  }

  func stored(_ f: Forecast, _ h: Int, indicator: String, region: String, period: Period) -> StoredForecast {
    let (b80, b95) = (f.bandIfPresent(level: 80), f.bandIfPresent(level: 95))
    func finite(_ x: Double?) -> Double? { x.flatMap { $0.isFinite ? $0 : nil } }
    return StoredForecast(
      indicator: indicator, region: region, period: period, model: method.rawValue, mean: f.mean[h], lower80: finite(b80?.lower[h]),
      upper80: finite(b80?.upper[h]), lower95: finite(b95?.lower[h]), upper95: finite(b95?.upper[h]), intervalMethod: f.intervalMethod)
  }
}

/// Year-on-year growth.
package enum Growth {
  /// `value` over `previous` in percent, rounded to four decimals (0.01 basis point).
  package static func percent(_ value: Double, over previous: Double) -> Double {
    ((value / previous - 1) * 1e6).rounded() / 1e4
  }
}

/// One batch's forecasts, computed on a global queue from the moment it is made; `results()`
/// waits for them. The result is written once, before the group is left, and read only after
/// waiting on the group.
private final class BatchForecast: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: [(lastYear: Int, forecast: Forecast)?] = []

  init(_ work: @escaping @Sendable () -> [(lastYear: Int, forecast: Forecast)?]) {
    group.enter()
    DispatchQueue.global().async {
      self.value = work()
      self.group.leave()
    }
  }

  func results() -> [(lastYear: Int, forecast: Forecast)?] {
    group.wait()
    return value
  }
}

/// Result slots that concurrent iterations write, each its own index: no two writers share a
/// slot, and the slots are read only after `concurrentPerform` returns.
private struct ResultSlots<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T?>
  init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
  func set(_ index: Int, _ value: T) { buffer[index] = value }
}
