import ArgumentParser
import Foundation
import IndicatorsCSV
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

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

  @Argument(help: "Indicators to export, each for every region unless --region is given (default: all).")
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

  @OptionGroup var writing: FileOutputOptions

  enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

  func validate() throws {
    if wide && allVintages { throw ValidationError("--wide shows latest values only; drop --all-vintages") }
  }

  func run() throws {
    let database = try store.open()
    let query = try ExportTables.query(database, indicators: indicators, regions: region, asOf: vintage.asOf, allVintages: allVintages)
    if format == .csv, !wide {
      // The long CSV is written as it is read: memory stays flat however many rows there are.
      return try Console.stream(to: writing.out, summary: { "\($0) rows" }) { write in
        try ExportTables.streamLongCSV(database, query, chineseHeaders: lang == .zh, byteOrderMark: !writing.noBOM, write: write)
      }
    }
    let observations = try database.observations(query)
    let table = wide ? ExportTables.wide(observations) : ExportTables.long(observations)
    let text = format == .json
      ? table.json()
      : table.csv(chinese: lang == .zh, byteOrderMark: !writing.noBOM)
    try Console.deliver(text, to: writing.out, summary: "\(table.rows.count) rows")
  }
}
