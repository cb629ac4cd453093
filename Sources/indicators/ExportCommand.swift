import ArgumentParser
import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export observations as CSV (Excel-ready) or JSON.",
    discussion: """
      The long CSV has the columns `indicator import` reads, so export → import reproduces the
      data exactly (every vintage with --all-vintages). CSV is UTF-8 with a byte-order mark, so
      Excel on Chinese Windows shows Chinese text correctly; --no-bom drops the mark.
      --wide writes one row per series and one column per period (latest vintages), with
      qualified values as a report writes them (超100, 约6, 近300).
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions

  @Argument(help: "Indicators to export (default: all).")
  var indicators: [String] = []

  @Option(help: "Only this region (repeatable).")
  var region: [String] = []

  @Option(help: "csv or json.")
  var format: ExportFormat = .csv

  @Flag(help: "One row per series, one column per period.")
  var wide = false

  @Flag(name: .customLong("all-vintages"), help: "Every vintage of every value, not only the latest.")
  var allVintages = false

  @Option(help: "Header language.")
  var lang: HeaderLanguage = .en

  @Flag(name: .customLong("no-bom"), help: "CSV without the UTF-8 byte-order mark.")
  var noBOM = false

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var out: String?

  enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

  func validate() throws {
    if wide && allVintages { throw ValidationError("--wide shows latest values only; drop --all-vintages") }
  }

  func run() throws {
    let database = try store.open()
    let codes = try indicators.map { name in try database.resolveSeries(indicator: name, region: region.first).0.code }
    let regionCodes = try region.map { name in
      guard let found = try database.regions().first(where: { $0.code == name || $0.nameZh == name }) else {
        throw CommandFailure("no region called '\(name)'")
      }
      return found.code
    }
    let observations = try database.observations(
      ObservationQuery(indicators: codes, regions: regionCodes, asOf: vintage.asOf, allVintages: allVintages))
    let table = wide ? Self.wideTable(observations) : Self.longTable(observations)
    let chinese = lang == .zh
    let text = format == .json
      ? table.json()
      : CSVWriter(byteOrderMark: !noBOM).write(header: table.headers(chinese: chinese), rows: table.rows.map { $0.map(\.exact) })
    if let out {
      guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
        throw CommandFailure("cannot write \(out)")
      }
      Console.note("\(out): \(table.rows.count) rows")
    } else {
      Console.output(text)
    }
  }

  static func longTable(_ observations: [Observation]) -> Table {
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

  static func wideTable(_ observations: [Observation]) -> Table {
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
      table.rows[index[key]!][column[o.period]!] = o.qualifier == .exact ? .number(o.value) : .text(o.qualifiedValueText)
    }
    return table
  }
}
