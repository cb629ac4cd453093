import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsStore

/// CSV files into the store, each in its own transaction, after every file has been read and
/// checked.
package enum ImportWorkflow {
  /// Reads and checks files without touching the store; a file that cannot be read or parsed
  /// stops everything.
  package static func parse(_ files: [String], skipTargets: Bool) throws -> [(file: String, content: ObservationFile)] {
    try files.map { file in
      guard let data = FileManager.default.contents(atPath: file) else {
        throw WorkflowError("\(file): no such file, or it cannot be read")
      }
      return (file, try ObservationFile.parse(bytes: [UInt8](data), file: file, targetRows: skipTargets ? .skip : .refuse))
    }
  }

  /// What a parsed file gives the user to know before it is imported.
  package static func notices(_ file: String, _ content: ObservationFile) -> [Notice] {
    var notices: [Notice] = []
    if content.encoding == .gb18030 { notices.append(.warning("\(file) is GB18030/GBK, not UTF-8; it was converted")) }
    if !content.ignoredColumns.isEmpty {
      notices.append(.warning("\(file): ignored columns: \(content.ignoredColumns.joined(separator: ", "))"))
    }
    return notices
  }

  /// Imports one parsed file and describes what changed.
  package static func load(_ file: String, _ content: ObservationFile, into store: IndicatorStore) throws -> String {
    describe(try store.importObservations(content.observations, file: file, importDate: .today), file: file, parsed: content)
  }

  /// `file: 3 added, 1 new vintages, 0 unchanged (long layout, utf-8)` and the first revisions.
  package static func describe(_ summary: ImportSummary, file: String, parsed: ObservationFile) -> String {
    var lines = ["\(file): \(summary.added) added, \(summary.revised) new vintages, \(summary.unchanged) unchanged (\(parsed.layout.rawValue) layout, \(parsed.encoding.rawValue))"]
    if parsed.skippedTargetRows > 0 { lines.append("  \(parsed.skippedTargetRows) target rows skipped") }
    if !summary.newIndicators.isEmpty { lines.append("  new indicators: \(summary.newIndicators.joined(separator: ", "))") }
    if !summary.newRegions.isEmpty { lines.append("  new regions: \(summary.newRegions.joined(separator: ", "))") }
    lines += summary.revisions.map { "  \($0)" }
    if summary.revised > summary.revisions.count { lines.append("  … and \(summary.revised - summary.revisions.count) more") }
    return lines.joined(separator: "\n")
  }
}
