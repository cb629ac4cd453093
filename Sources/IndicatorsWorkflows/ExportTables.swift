import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// What `export` writes: observations in the long layout `import` reads back, or one row per
/// series and one column per period.
package enum ExportTables {
  /// The observations of the named indicators and regions (all when none are named).
  package static func observations(
    _ store: IndicatorStore, indicators: [String], regions: [String], asOf: CalendarDate?, allVintages: Bool
  ) throws -> [Observation] {
    let codes = try indicators.map { try SeriesSelector(indicator: $0, region: regions.first).resolve(in: store).indicator.code }
    let regionCodes = try regions.map { try store.region(named: $0).code }
    return try store.observations(ObservationQuery(indicators: codes, regions: regionCodes, asOf: asOf, allVintages: allVintages))
  }

  /// One row per observation, with the columns `import` reads.
  package static func long(_ observations: [Observation]) -> Table {
    let columns: [ObservationColumn] = [
      .indicator, .region, .period, .value, .unit, .qualifier, .status, .source, .sourceURL, .published,
      .vintage, .locator, .note,
    ]
    var table = Table(columns: columns.map { Table.Column($0.rawValue, $0.chineseHeader, alignRight: $0 == .value) })
    for o in observations {
      table.rows.append([
        .text(o.indicator), .text(o.region), .text(o.period.canonical), .number(o.value), .text(o.unit.symbol),
        .text(o.qualifier.rawValue), .text(o.status.rawValue), .text(o.source.title), .text(o.source.location),
        .text(o.source.published), .text(o.vintage?.description ?? ""), .text(o.locator), .text(o.note),
      ])
    }
    return table
  }

  /// One row per series, one column per period; bounds written as a report writes them (超100).
  package static func wide(_ observations: [Observation]) -> Table {
    let periods = Set(observations.map(\.period)).sorted()
    let column = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0 + 3) })
    var table = Table(
      columns: [.init("indicator", "指标"), .init("region", "地区"), .init("unit", "单位")]
        + periods.map { Table.Column($0.canonical, $0.canonical, alignRight: true) })
    var index: [String: Int] = [:]
    for o in observations {
      let key = o.indicator + "\u{0}" + o.region
      if index[key] == nil {
        index[key] = table.rows.count
        table.rows.append([.text(o.indicator), .text(o.region), .text(o.unit.symbol)] + periods.map { _ in .empty })
      }
      table.rows[index[key]!][column[o.period]!] = .qualified(o)
    }
    return table
  }
}
