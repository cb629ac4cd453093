import IndicatorsCSV
import IndicatorsCore
import IndicatorsStore

/// The rows of one file as an import takes them, each checked for form (by the reader) and
/// against the catalogue (`CatalogCheck`). A mistake does not stop the reading: every mistake of
/// the file is collected (the first `InputError.reportLimit` listed, the rest counted), no row is
/// handed on after the first one, and at the end of the file they are thrown together, so one
/// run names everything there is to fix and the import (one transaction) changes nothing.
struct CheckedRows: ObservationSource {
  var reader: ObservationReader
  var catalog: CatalogCheck
  private var mistakes: [InputError] = []
  private var leftOut = 0

  init(_ reader: ObservationReader, catalog: CatalogCheck) {
    self.reader = reader
    self.catalog = catalog
  }

  mutating func next() throws(InputError) -> ObservationInput? {
    while true {
      let input: ObservationInput
      do {
        guard let next = try reader.next() else { break }
        input = next
      } catch {
        record(error)
        continue
      }
      if let problem = catalog.problem(with: input) {
        record(problem)
        continue
      }
      if mistakes.isEmpty { return input }
    }
    if let error = InputError(collecting: mistakes, leftOut: leftOut) { throw error }
    return nil
  }

  private mutating func record(_ error: InputError) {
    if mistakes.count < InputError.reportLimit { mistakes.append(error) } else { leftOut += 1 }
  }
}
