import IndicatorsCore

/// One import as the store recorded it: the file, the day, the counts it reported and the
/// observations it added, in the order it added them. `sync` moves a store as its batches, so
/// that every vintage keeps its day of recording and, among versions of a value with the same
/// date, its place (the last recorded is the current one).
package struct ImportBatch: Equatable, Sendable {
  package var file: String
  package var importedAt: CalendarDate
  package var added: Int
  package var revised: Int
  package var unchanged: Int
  package var observations: [Observation]

  package init(file: String, importedAt: CalendarDate, added: Int, revised: Int, unchanged: Int, observations: [Observation]) {
    self.file = file
    self.importedAt = importedAt
    self.added = added
    self.revised = revised
    self.unchanged = unchanged
    self.observations = observations
  }
}

/// What a backend gives and takes to move a whole store (`indicators sync`).
package protocol StoreCopying: IndicatorStoring {
  /// Every import batch, oldest first, with its observations in the order they were added.
  func importBatches() throws(StoreError) -> [ImportBatch]
  /// Records the batches as they were, in one transaction, into a store without observations
  /// (the catalogue must already name their indicators and regions), and works out the current
  /// values from them.
  func restoreImportBatches(_ batches: [ImportBatch]) throws(StoreError)
  /// Every setting.
  func settings() throws(StoreError) -> [String: String]
}
