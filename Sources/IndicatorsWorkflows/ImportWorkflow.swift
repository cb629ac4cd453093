import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsStore

/// CSV files into the store, each in its own transaction, read row by row as they are imported
/// (memory does not grow with the file).
package enum ImportWorkflow {
  /// Refuses files that do not exist or cannot be read, before anything is imported.
  package static func checkReadable(_ files: [String]) throws {
    for file in files where !FileManager.default.isReadableFile(atPath: file) {
      throw WorkflowError("\(file): no such file, or it cannot be read")
    }
  }

  /// Reads and checks files whole, without touching the store (tests; `import` reads row by row).
  package static func parse(_ files: [String], skipTargets: Bool) throws -> [(file: String, content: ObservationFile)] {
    try checkReadable(files)
    return try files.map { file in
      let data = FileManager.default.contents(atPath: file) ?? Data()
      return (file, try ObservationFile.parse(bytes: [UInt8](data), file: file, targetRows: skipTargets ? .skip : .refuse))
    }
  }

  /// A file's header read, ready to give its rows one at a time.
  package static func open(_ file: String, skipTargets: Bool) throws -> ObservationReader {
    try checkReadable([file])
    return try ObservationReader(path: file, file: file, targetRows: skipTargets ? .skip : .refuse)
  }

  /// Reads every row of a reader, checks its form and matches it against the catalogue, without
  /// writing: what `--dry-run` says, and what an import of several files checks before the
  /// first. `catalog` carries what one file would create (a new indicator or region) to the next.
  /// Every mistake of the file is thrown together.
  static func check(_ file: String, _ reader: ObservationReader, catalog: inout CatalogCheck) throws -> (notices: [Notice], summary: String) {
    var rows = CheckedRows(reader, catalog: catalog)
    var count = 0
    while try rows.next() != nil { count += 1 }
    catalog = rows.catalog
    var lines = ["\(file): \(count) values in \(rows.reader.layout.rawValue) layout are well-formed and match the catalogue (dry run: nothing written)"]
    if let noData = noDataLine(rows.reader.noDataLines) { lines.append(noData) }
    return (notices(file, encoding: rows.reader.encoding, ignoredColumns: rows.reader.ignoredColumns), lines.joined(separator: "\n"))
  }

  /// What a file gives the user to know before it is imported.
  package static func notices(_ file: String, _ content: ObservationFile) -> [Notice] {
    notices(file, encoding: content.encoding, ignoredColumns: content.ignoredColumns)
  }

  package static func notices(_ file: String, encoding: SourceEncoding, ignoredColumns: [String]) -> [Notice] {
    var notices: [Notice] = []
    if encoding == .gb18030 { notices.append(.warning("\(file) is GB18030/GBK, not UTF-8; it was converted")) }
    if !ignoredColumns.isEmpty {
      notices.append(.warning("\(file): ignored columns: \(ignoredColumns.joined(separator: ", "))"))
    }
    return notices
  }

  /// Imports one parsed file and describes what changed.
  package static func load(_ file: String, _ content: ObservationFile, into store: IndicatorStore) throws -> String {
    let summary = try store.importObservations(content.observations, file: file, importDate: .today)
    return describe(
      summary, file: file, layout: content.layout, encoding: content.encoding, skippedTargetRows: content.skippedTargetRows,
      noDataLines: content.noDataLines)
  }

  /// Imports a file as its rows are read, each checked against the catalogue first (every
  /// mistake of the file is reported, and nothing is imported if there is one), and describes
  /// what changed.
  package static func load(_ file: String, _ reader: inout ObservationReader, into store: IndicatorStore) throws -> String {
    var rows = CheckedRows(reader, catalog: CatalogCheck(try store.catalogIndex()))
    let summary = try store.importObservations(from: &rows, file: file, importDate: .today)
    reader = rows.reader
    return describe(
      summary, file: file, layout: reader.layout, encoding: reader.encoding, skippedTargetRows: reader.skippedTargetRows,
      noDataLines: reader.noDataLines)
  }

  /// `file: 3 added, 1 new vintages, 0 unchanged (long layout, utf-8)` and the first revisions.
  package static func describe(
    _ summary: ImportSummary, file: String, layout: ObservationFile.Layout, encoding: SourceEncoding, skippedTargetRows: Int,
    noDataLines: [Int] = []
  ) -> String {
    var lines = ["\(file): \(summary.added) added, \(summary.revised) new vintages, \(summary.unchanged) unchanged (\(layout.rawValue) layout, \(encoding.rawValue))"]
    if skippedTargetRows > 0 { lines.append("  \(skippedTargetRows) target rows skipped") }
    if let noData = noDataLine(noDataLines) { lines.append(noData) }
    // A code-named entry has its code for a name until someone gives it one.
    if !summary.newIndicators.isEmpty {
      lines.append("  new indicators: \(list(summary.newIndicators)) (named by their codes: `indicators indicator rename CODE --zh 名称 --en Name`)")
    }
    if !summary.newRegions.isEmpty {
      lines.append("  new regions: \(list(summary.newRegions)) (named by their codes: `indicators region rename CODE --zh 名称 --en Name`)")
    }
    lines += summary.revisions.map { "  \($0)" }
    if summary.revised > summary.revisions.count { lines.append("  … and \(summary.revised - summary.revisions.count) more") }
    return lines.joined(separator: "\n")
  }

  /// `  2 rows say no data (—, - or empty) and were skipped: lines 4, 9`, or nil for none.
  static func noDataLine(_ lines: [Int]) -> String? {
    guard !lines.isEmpty else { return nil }
    let shown = lines.prefix(20).map(String.init).joined(separator: ", ") + (lines.count > 20 ? " … and \(lines.count - 20) more" : "")
    return "  \(lines.count) \(lines.count == 1 ? "row says" : "rows say") no data (—, - or empty) and \(lines.count == 1 ? "was" : "were") skipped: \(lines.count == 1 ? "line" : "lines") \(shown)"
  }

  /// Codes separated by commas, the first 20 of a long list.
  static func list(_ codes: [String]) -> String {
    codes.prefix(20).joined(separator: ", ") + (codes.count > 20 ? " … and \(codes.count - 20) more" : "")
  }
}
