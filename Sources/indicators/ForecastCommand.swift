import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

extension ForecastMethod: ExpressibleByArgument {}

struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast a series (or every series) with prediction intervals.",
    discussion: """
      Uses each year's latest value (or what was published by --as-of); derived figures are left out
      and interior gaps filled in. --model auto (the default) averages drift, Theta and damped trend
      and calibrates its intervals on the series' own rolling-origin forecast errors; the other
      models give model-based intervals. For a level series each forecast year's implied growth is
      shown; a rate series (growth %, shares) is forecast as it is.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "Indicator code or name (omit with --all).")
  var indicator: String?

  @Option(help: "Region code or name.")
  var region: String?

  @Flag(help: "Forecast every series in the database.")
  var all = false

  @Option(help: "Years ahead.")
  var horizon = 5

  @Option(help: "The method.")
  var model: ForecastMethod = .auto

  @Option(name: .customLong("level"), help: "Interval levels in percent (repeatable).")
  var levels: [Double] = [80, 95]

  @Flag(help: "Store the forecasts in the database (table forecast), replacing earlier ones.")
  var save = false

  func validate() throws {
    if all == (indicator != nil) { throw ValidationError("give one indicator, or --all") }
    guard (1...50).contains(horizon) else { throw ValidationError("--horizon must be 1 to 50") }
    guard levels.allSatisfy({ $0 > 0 && $0 < 100 }) else { throw ValidationError("--level must be between 0 and 100") }
  }

  func run() throws {
    let database = try store.open()
    let asOf = try vintage.asOf
    let method = model.model(horizon: horizon)
    let levels = levels.sorted()
    if all {
      let series = try database.allSeries(asOf: asOf)
      var table = Table(columns: [.init("indicator", "指标"), .init("region", "地区"), .init("period", "时期")] + Self.forecastColumns(levels))
      var saved: [StoredForecast] = []
      var failed = 0
      let started = Date()
      for (index, s) in series.enumerated() {
        let annual = AnnualSeries(s.points)
        guard !annual.values.isEmpty, let fitted = try? method.fit(annual.values) else { failed += 1; continue }
        let forecast = fitted.forecast(horizon: horizon, levels: levels)
        for h in 0..<horizon {
          let period = Period.year(annual.lastYear + h + 1)
          table.rows.append([.text(s.indicator), .text(s.region)] + Self.cells(forecast, h, period: period, levels: levels))
          saved.append(Self.stored(forecast, h, indicator: s.indicator, region: s.region, period: period, model: model.rawValue))
        }
        if Date().timeIntervalSince(started) > 2, index % 100 == 0 { Console.note("… \(index + 1) of \(series.count) series") }
      }
      if save { try database.saveForecasts(saved, asOf: asOf, createdAt: .today) }
      Console.note("forecast \(series.count - failed) of \(series.count) series with \(model.rawValue)\(failed > 0 ? " (\(failed) had no annual values)" : "")\(save ? "; saved" : "")")
      Console.output(output.render(table))
      return
    }
    let (indicator, region) = try database.resolveSeries(indicator: indicator!, region: region)
    let annual = AnnualSeries(try database.seriesPoints(indicator: indicator.code, region: region.code, asOf: asOf))
    guard !annual.values.isEmpty else { throw CommandFailure("\(indicator.code) has no annual values for \(region.code)") }
    let fitted = try method.fit(annual.values)
    let forecast = fitted.forecast(horizon: horizon, levels: levels)

    var description = "\(indicator.code) · \(region.code) · \(indicator.unit.symbol) · \(annual.values.count) annual values \(annual.firstYear)–\(annual.lastYear) · model \(model.rawValue)"
    if let auto = fitted as? AutoModel.Fitted { description += " (\(auto.baseName))" }
    Console.note(description + " · intervals: \(forecast.intervalMethod)")
    if !annual.filledYears.isEmpty { Console.warning("filled gaps by interpolation: \(annual.filledYears.map(String.init).joined(separator: " "))") }
    if annual.skippedDerived > 0 { Console.note("(\(annual.skippedDerived) derived value(s) not used)") }
    if !annual.qualifiedYears.isEmpty { Console.warning("used bounds (超/约/近) as written for \(annual.qualifiedYears.map(String.init).joined(separator: " "))") }
    if method is AutoModel, annual.values.count < 5 { Console.warning("only \(annual.values.count) annual values: auto falls back to \((fitted as! AutoModel.Fitted).baseName)") }
    if save {
      try database.saveForecasts((0..<horizon).map { Self.stored(forecast, $0, indicator: indicator.code, region: region.code, period: .year(annual.lastYear + $0 + 1), model: model.rawValue) }, asOf: asOf, createdAt: .today)
    }

    let isLevel = indicator.measureKind == .level || indicator.measureKind == .count
    var table = Table(columns: [.init("period", "时期"), .init("kind", "类型")] + Self.forecastColumns(levels) + (isLevel ? [.init("growth_pct", "增速%", alignRight: true)] : []))
    let shown = annual.values.suffix(3)
    for (offset, value) in shown.enumerated() {
      let year = annual.lastYear - shown.count + 1 + offset
      var row: [Table.Cell] = [.text("\(year)"), .text(annual.filledYears.contains(year) ? "filled" : "observed"), .number(value)]
      row += levels.flatMap { _ in [Table.Cell.empty, .empty] }
      if isLevel {
        let index = annual.values.count - shown.count + offset
        row.append(index > 0 ? .number(Self.growth(annual.values[index], over: annual.values[index - 1])) : .empty)
      }
      table.rows.append(row)
    }
    for h in 0..<horizon {
      var row: [Table.Cell] = [.text("\(annual.lastYear + h + 1)"), .text("forecast")] + Array(Self.cells(forecast, h, period: nil, levels: levels))
      if isLevel { row.append(.number(Self.growth(forecast.mean[h], over: h == 0 ? annual.values.last! : forecast.mean[h - 1]))) }
      table.rows.append(row)
    }
    Console.output(output.render(table))
  }

  static func growth(_ value: Double, over previous: Double) -> Double {
    ((value / previous - 1) * 1e6).rounded() / 1e4
  }

  static func forecastColumns(_ levels: [Double]) -> [Table.Column] {
    var columns: [Table.Column] = []
    if levels.isEmpty { return [.init("mean", "预测值", alignRight: true)] }
    columns.append(.init("mean", "预测值", alignRight: true))
    for level in levels {
      let l = ValueFormatting.shortest(level)
      columns += [.init("lo-\(l)", "下限\(l)", alignRight: true), .init("hi-\(l)", "上限\(l)", alignRight: true)]
    }
    return columns
  }

  static func cells(_ f: Forecast, _ h: Int, period: Period?, levels: [Double]) -> [Table.Cell] {
    (period.map { [Table.Cell.text($0.canonical)] } ?? []) + [.number(f.mean[h])]
      + levels.flatMap { [Table.Cell.number(f.lower[$0]![h]), .number(f.upper[$0]![h])] }
  }

  static func stored(_ f: Forecast, _ h: Int, indicator: String, region: String, period: Period, model: String) -> StoredForecast {
    StoredForecast(indicator: indicator, region: region, period: period, model: model, mean: f.mean[h], lower80: f.lower[80]?[h], upper80: f.upper[80]?[h], lower95: f.lower[95]?[h], upper95: f.upper[95]?[h], intervalMethod: f.intervalMethod)
  }
}
