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
  static func check(
    _ file: String, _ reader: ObservationReader, catalog: inout CatalogCheck, language: Language = .en
  ) throws -> (notices: [Notice], summary: String) {
    var rows = CheckedRows(reader, catalog: catalog)
    var count = 0
    while try rows.next() != nil { count += 1 }
    catalog = rows.catalog
    var lines = [Messages.checked(file, values: count, layout: rows.reader.layout.rawValue, language)]
    if let noData = noDataLine(rows.reader.noDataLines, language) { lines.append(noData) }
    return (notices(file, encoding: rows.reader.encoding, ignoredColumns: rows.reader.ignoredColumns, language: language), lines.joined(separator: "\n"))
  }

  /// What a file gives the user to know before it is imported.
  package static func notices(_ file: String, _ content: ObservationFile) -> [Notice] {
    notices(file, encoding: content.encoding, ignoredColumns: content.ignoredColumns)
  }

  package static func notices(_ file: String, encoding: SourceEncoding, ignoredColumns: [String], language: Language = .en) -> [Notice] {
    var notices: [Notice] = []
    if encoding == .gb18030 {
      notices.append(.warning(language.pick("\(file) 是 GB18030/GBK 编码，不是 UTF-8；已转换", "\(file) is GB18030/GBK, not UTF-8; it was converted")))
    }
    if !ignoredColumns.isEmpty {
      notices.append(
        .warning(
          language.pick(
            "\(file)：忽略的列：\(ignoredColumns.joined(separator: "、"))", "\(file): ignored columns: \(ignoredColumns.joined(separator: ", "))")))
    }
    return notices
  }

  /// Imports one parsed file and describes what changed.
  package static func load(
    _ file: String, _ content: ObservationFile, into store: any IndicatorStoring, fileSHA256: String? = nil, language: Language = .en
  ) throws -> String {
    var store = store
    if let fileSHA256 { store.attribution.fileSHA256 = fileSHA256 }
    let summary = try store.importObservations(content.observations, file: file, importDate: .today)
    return describe(
      summary, file: file, layout: content.layout, encoding: content.encoding, skippedTargetRows: content.skippedTargetRows,
      noDataLines: content.noDataLines, language: language, names: try names(in: store, language))
  }

  /// Imports a file as its rows are read, each checked against the catalogue first (every
  /// mistake of the file is reported, and nothing is imported if there is one), and describes
  /// what changed. The rows are read and checked on a second thread while the store writes
  /// (`ReadAheadRows`).
  /// `fileSHA256` goes into the audit log with the import.
  package static func load(
    _ file: String, _ reader: inout ObservationReader, into store: any IndicatorStoring, fileSHA256: String? = nil,
    language: Language = .en
  ) throws -> String {
    var store = store
    if let fileSHA256 { store.attribution.fileSHA256 = fileSHA256 }
    var rows = ReadAheadRows(CheckedRows(reader, catalog: CatalogCheck(try store.catalogIndex())))
    let imported = Result { try store.importObservations(from: &rows, file: file, importDate: .today) }
    reader = rows.finish().reader
    let summary = try imported.get()
    return describe(
      summary, file: file, layout: reader.layout, encoding: reader.encoding, skippedTargetRows: reader.skippedTargetRows,
      noDataLines: reader.noDataLines, language: language, names: try names(in: store, language))
  }

  /// How a revision line names its series: the Chinese names of indicators and regions by code
  /// in Chinese, the codes themselves in English.
  static func names(in store: any IndicatorStoring, _ language: Language) throws -> [String: String] {
    guard language == .zh else { return [:] }
    var names: [String: String] = [:]
    for indicator in try store.indicators() { names[indicator.code] = indicator.name(.zh) }
    for region in try store.regions() { names["region:" + region.code] = region.name(.zh) }
    return names
  }

  /// `file: 3 added, 1 new vintages, 0 unchanged (long layout, utf-8)` and the first revisions.
  package static func describe(
    _ summary: ImportSummary, file: String, layout: ObservationFile.Layout, encoding: SourceEncoding, skippedTargetRows: Int,
    noDataLines: [Int] = [], language: Language = .en, names: [String: String] = [:]
  ) -> String {
    var lines = [
      Messages.imported(
        file, added: summary.added, revised: summary.revised, unchanged: summary.unchanged, layout: layout.rawValue,
        encoding: encoding.rawValue, language)
    ]
    if skippedTargetRows > 0 { lines.append(Messages.targetRowsSkipped(skippedTargetRows, language)) }
    if let noData = noDataLine(noDataLines, language) { lines.append(noData) }
    // A code-named entry has its code for a name until someone gives it one.
    if !summary.newIndicators.isEmpty { lines.append(Messages.newEntries(list(summary.newIndicators, language), region: false, language)) }
    if !summary.newRegions.isEmpty { lines.append(Messages.newEntries(list(summary.newRegions, language), region: true, language)) }
    lines += summary.changes.map { change in
      let series = language == .zh
        ? "\(names["region:" + change.region] ?? change.region)\(names[change.indicator] ?? change.indicator) \((try? Period(parsing: change.period)).map { Wording.period($0, .zh) } ?? change.period)"
        : "\(change.indicator) \(change.region) \(change.period)"
      return "  " + Messages.revision(
        series: series, previous: change.previous, value: change.value, vintage: change.vintage, keptCurrent: change.keptCurrent, language)
    }
    if summary.revised > summary.changes.count {
      lines.append(" " + Messages.andMore(summary.revised - summary.changes.count, language))
    }
    return lines.joined(separator: "\n")
  }

  /// `  2 rows say no data (—, - or empty) and were skipped: lines 4, 9`, or nil for none.
  static func noDataLine(_ lines: [Int], _ language: Language = .en) -> String? {
    lines.isEmpty ? nil : Messages.noDataRows(lines, language)
  }

  /// Codes separated by commas, the first 20 of a long list.
  static func list(_ codes: [String], _ language: Language = .en) -> String {
    codes.prefix(20).joined(separator: language.pick("、", ", ")) + (codes.count > 20 ? Messages.andMore(codes.count - 20, language) : "")
  }
}
