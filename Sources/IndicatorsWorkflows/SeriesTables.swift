import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// The tables of `list`, `show` and `history`: what the store holds, series by series.
package enum SeriesTables {
  /// Every series (of one region, when named): range, count and latest value.
  package static func list(_ store: any IndicatorStoring, region: String?, asOf: CalendarDate?, chinese: Bool) throws -> Table {
    try list(store, region: region, asOf: asOf, language: chinese ? .zh : .en)
  }

  /// Every series (of one region, when named): range, count and latest value, in `language`.
  package static func list(_ store: any IndicatorStoring, region: String?, asOf: CalendarDate?, language: Language) throws -> Table {
    var summaries = try store.seriesSummaries(asOf: asOf)
    if let region = try SeriesSelector.region(region, in: store) {
      summaries = summaries.filter { $0.region.code == region.code }
    }
    var table = Table(columns: [
      .init("indicator", "指标"), .init("name", "名称"), .init("region", "地区"), .init("unit", "单位"),
      .init("first", "起"), .init("last", "止"), .init("count", "个数", alignRight: true),
      .init("latest", "最新值", alignRight: true), .init("latest_qualifier", "限定"),
    ])
    for s in summaries {
      table.rows.append([
        .text(s.indicator.code), .text(s.indicator.name(language)), .region(s.region, language),
        .text(s.indicator.unit.symbol), .period(s.first, language), .period(s.last, language), .number(Double(s.count)),
        .number(s.latest.value), .qualifier(s.latest, language),
      ])
    }
    return table
  }

  /// One series: each period's latest value (or every vintage), with how many versions it has.
  package static func show(
    _ store: any IndicatorStoring, _ selector: SeriesSelector, asOf: CalendarDate?, allVintages: Bool, language: Language = .en
  ) throws -> (title: String, table: Table) {
    let series = try selector.resolve(in: store, language: language)
    let (indicator, region) = (series.indicator, series.region)
    let query = ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf, allVintages: true)
    let every = try store.observations(query)
    var versions: [Period: Int] = [:]
    for o in every { versions[o.period, default: 0] += 1 }
    let shown = allVintages ? every : try store.observations(ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf))
    guard !shown.isEmpty else {
      throw WorkflowError(Messages.noObservations(indicator, region, asOf: asOf, language))
    }
    var table = Table(columns: [
      .init("period", "时期"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("vintage", "版本"), .init("vintages", "版本数", alignRight: true),
      .init("source", "来源"), .init("locator", "定位"),
    ])
    for o in shown {
      table.rows.append([
        .period(o.period, language), .number(o.value), .qualifier(o, language), .status(o, language),
        .vintage(o, language),
        .number(Double(versions[o.period] ?? 1)), .text(o.source.title), .text(o.locator),
      ])
    }
    let title = "\(indicator.code) \(indicator.name(language)) · \(region.name(language)) · \(indicator.unit.symbol)"
    return (title, table)
  }

  /// Every published version of one value, oldest first.
  package static func history(
    _ store: any IndicatorStoring, _ selector: SeriesSelector, period: Period, language: Language = .en
  ) throws -> (title: String, table: Table) {
    let series = try selector.resolve(in: store, language: language)
    let versions = try store.history(indicator: series.indicator.code, region: series.region.code, period: period)
    guard !versions.isEmpty else {
      throw WorkflowError(Messages.noValue(series.indicator, series.region, period, language))
    }
    var table = Table(columns: [
      .init("vintage", "版本"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("source", "来源"), .init("published", "发布日期"), .init("recorded", "录入日期"), .init("url", "链接"),
    ])
    for o in versions {
      table.rows.append([
        .vintage(o, language), .number(o.value), .qualifier(o, language), .status(o, language),
        .text(o.source.title), .text(o.source.published),
        .text(o.recorded.description), .text(o.source.location),
      ])
    }
    let count = language.pick("\(versions.count)个版本", "\(versions.count) version(s)")
    return ("\(series.label(language)) · \(Wording.period(period, language)) · \(series.indicator.unit.symbol) · \(count)", table)
  }
}

extension Table.Cell {
  /// A value as a number, or as a report writes a bound (超100, 约6, 近300; `at least 100` in English).
  static func qualified(_ o: Observation, _ language: Language = .zh) -> Table.Cell {
    guard o.qualifier != .exact else { return .number(o.value) }
    let shown = language == .zh
      ? Wording.qualifier(o.qualifier, language) + DisplayNumber.value(o.value)
      : Wording.qualifier(o.qualifier, language) + " " + DisplayNumber.value(o.value)
    return .coded(o.qualifiedValueText, shown: shown)
  }

  /// The qualifier, blank when the value is exact.
  static func qualifier(_ o: Observation, _ language: Language = .en) -> Table.Cell {
    o.qualifier == .exact ? .empty : .coded(o.qualifier.rawValue, shown: Wording.qualifier(o.qualifier, language))
  }

  /// The status, blank when it is normal.
  static func status(_ o: Observation, _ language: Language = .en) -> Table.Cell {
    o.status == .normal ? .empty : .coded(o.status.rawValue, shown: Wording.status(o.status, language))
  }

  /// The publication date; without one, no value in files and `未注明` (undated) on screen.
  static func vintage(_ o: Observation, _ language: Language) -> Table.Cell {
    o.vintage.map { .text($0.description) } ?? .coded("", shown: Wording.vintage(nil, language))
  }

  /// A period: canonical in files (`2024YTD9`), as a reader writes it on screen (`2024年1-9月`).
  static func period(_ p: Period, _ language: Language) -> Table.Cell {
    .coded(p.canonical, shown: Wording.period(p, language))
  }

  /// A region: its code in files, its name on screen.
  static func region(_ r: RegionDefinition, _ language: Language) -> Table.Cell {
    .coded(r.code, shown: r.name(language))
  }
}
