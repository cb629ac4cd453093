import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// The tables of `list`, `show` and `history`: what the store holds, series by series.
package enum SeriesTables {
  /// Every series (of one region, when named): range, count and latest value.
  package static func list(_ store: IndicatorStore, region: String?, asOf: CalendarDate?, chinese: Bool) throws -> Table {
    var summaries = try store.seriesSummaries(asOf: asOf)
    if let region = try SeriesSelector.region(region, in: store) {
      summaries = summaries.filter { $0.region.code == region.code }
    }
    var table = Table(columns: [
      .init("indicator", "指标"), .init("name", "名称"), .init("region", "地区"), .init("unit", "单位"),
      .init("first", "起"), .init("last", "止"), .init("count", "个数", alignRight: true),
      .init("latest", "最新值", alignRight: true),
    ])
    for s in summaries {
      table.rows.append([
        .text(s.indicator.code), .text(chinese ? s.indicator.nameZh : s.indicator.nameEn), .text(s.region.code),
        .text(s.indicator.unit.symbol), .text(s.first.canonical), .text(s.last.canonical), .number(Double(s.count)),
        .qualified(s.latest),
      ])
    }
    return table
  }

  /// One series: each period's latest value (or every vintage), with how many versions it has.
  package static func show(
    _ store: IndicatorStore, _ selector: SeriesSelector, asOf: CalendarDate?, allVintages: Bool
  ) throws -> (title: String, table: Table) {
    let series = try selector.resolve(in: store)
    let (indicator, region) = (series.indicator, series.region)
    let query = ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf, allVintages: true)
    let every = try store.observations(query)
    var versions: [Period: Int] = [:]
    for o in every { versions[o.period, default: 0] += 1 }
    let shown = allVintages ? every : try store.observations(ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf))
    guard !shown.isEmpty else {
      throw WorkflowError("\(indicator.code) has no observations for \(region.code)\(asOf.map { " published by \($0)" } ?? "")")
    }
    var table = Table(columns: [
      .init("period", "时期"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("vintage", "版本"), .init("vintages", "版本数", alignRight: true),
      .init("source", "来源"), .init("locator", "定位"),
    ])
    for o in shown {
      table.rows.append([
        .text(o.period.canonical), .number(o.value), .qualifier(o), .status(o), .text(o.vintageText),
        .number(Double(versions[o.period] ?? 1)), .text(o.source.title), .text(o.locator),
      ])
    }
    let title = "\(indicator.code) \(indicator.nameZh) (\(indicator.nameEn)) · \(region.code) \(region.nameZh) · \(indicator.unit.symbol)"
    return (title, table)
  }

  /// Every published version of one value, oldest first.
  package static func history(_ store: IndicatorStore, _ selector: SeriesSelector, period: Period) throws -> (title: String, table: Table) {
    let series = try selector.resolve(in: store)
    let versions = try store.history(indicator: series.indicator.code, region: series.region.code, period: period)
    guard !versions.isEmpty else {
      throw WorkflowError("\(series.indicator.code) has no value for \(series.region.code) in \(period)")
    }
    var table = Table(columns: [
      .init("vintage", "版本"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("source", "来源"), .init("published", "发布日期"), .init("recorded", "录入日期"), .init("url", "链接"),
    ])
    for o in versions {
      table.rows.append([
        .text(o.vintageText), .number(o.value), .qualifier(o), .status(o), .text(o.source.title), .text(o.source.published),
        .text(o.recorded.description), .text(o.source.location),
      ])
    }
    return ("\(series.label) · \(period) · \(series.indicator.unit.symbol) · \(versions.count) version(s)", table)
  }
}

extension Table.Cell {
  /// A value as a number, or as a report writes a bound (超100, 约6, 近300).
  static func qualified(_ o: Observation) -> Table.Cell {
    o.qualifier == .exact ? .number(o.value) : .text(o.qualifiedValueText)
  }

  /// The qualifier, blank when the value is exact.
  static func qualifier(_ o: Observation) -> Table.Cell {
    .text(o.qualifier == .exact ? "" : o.qualifier.rawValue)
  }

  /// The status, blank when it is normal.
  static func status(_ o: Observation) -> Table.Cell {
    .text(o.status == .normal ? "" : o.status.rawValue)
  }
}
