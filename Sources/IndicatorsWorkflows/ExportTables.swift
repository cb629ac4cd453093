import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// What `export` writes: observations in the long layout `import` reads back, or one row per
/// series and one column per period.
package enum ExportTables {
  /// What an export of the named indicators and regions reads (all when none are named). An
  /// indicator named without a region is exported for every region that has it.
  package static func query(
    _ store: any IndicatorStoring, indicators: [String], regions: [String], asOf: CalendarDate?, allVintages: Bool
  ) throws -> ObservationQuery {
    let codes = try indicators.map { try store.indicator(named: $0).code }
    let regionCodes = try regions.map { try store.region(named: $0).code }
    return ObservationQuery(indicators: codes, regions: regionCodes, asOf: asOf, allVintages: allVintages)
  }

  /// The observations of the named indicators and regions (all when none are named).
  package static func observations(
    _ store: any IndicatorStoring, indicators: [String], regions: [String], asOf: CalendarDate?, allVintages: Bool
  ) throws -> [Observation] {
    try store.observations(query(store, indicators: indicators, regions: regions, asOf: asOf, allVintages: allVintages))
  }

  static let longColumns: [ObservationColumn] = [
    .indicator, .region, .period, .value, .unit, .qualifier, .status, .source, .sourceURL, .published,
    .vintage, .locator, .note,
  ]

  /// The stored fields of `longColumns`, in their order, for the streamed export.
  static let longFields: [ObservationText.Field] = [
    .indicator, .region, .period, .value, .unit, .qualifier, .status, .sourceTitle, .sourceLocation, .sourcePublished,
    .vintage, .locator, .note,
  ]

  /// One row per observation, with the columns `import` reads.
  package static func long(_ observations: [Observation]) -> Table {
    var table = Table(columns: longColumns.map { Table.Column($0.rawValue, $0.chineseHeader, alignRight: $0 == .value) })
    table.rows = observations.map(longRow)
    return table
  }

  static func longRow(_ o: Observation) -> [Table.Cell] {
    [
      .text(o.indicator), .text(o.region), .text(o.period.canonical), .number(o.value), .text(o.unit.symbol),
      .text(o.qualifier.rawValue), .text(o.status.rawValue), .text(o.source.title), .text(o.source.location),
      .text(o.source.published), .text(o.vintage?.description ?? ""), .text(o.locator), .text(o.note),
    ]
  }

  /// The long CSV of `long(_:)` written as the rows are read, so that memory does not grow with
  /// the export: `write` receives the UTF-8 in pieces of about 64 KB, each ending with a record
  /// (so each piece is whole UTF-8 text). Returns the row count.
  package static func streamLongCSV(
    _ store: any IndicatorStoring, _ query: ObservationQuery, chineseHeaders: Bool, byteOrderMark: Bool,
    write: ([UInt8]) -> Void
  ) throws -> Int {
    var buffer: [UInt8] = byteOrderMark ? Array("\u{FEFF}".utf8) : []
    buffer.reserveCapacity(Self.streamPiece + 4096)
    CSVWriter.append(longColumns.map { chineseHeaders ? $0.chineseHeader : $0.rawValue }, to: &buffer)
    var rows = 0
    try store.forEachObservationText(query) { o in
      for (index, field) in longFields.enumerated() {
        if field == .value {
          // What `.number(value).exact` writes (a stored value is finite).
          var value = ValueFormatting.shortest(o.value)
          value.withUTF8 { CSVWriter.appendField($0, first: index == 0, to: &buffer) }
        } else {
          o.withBytes(field) { CSVWriter.appendField($0, first: index == 0, to: &buffer) }
        }
      }
      CSVWriter.endRecord(&buffer)
      rows += 1
      if buffer.count >= Self.streamPiece {
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    write(buffer)
    return rows
  }

  /// How much text a streamed export hands `write` at a time.
  static let streamPiece = 1 << 16

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
