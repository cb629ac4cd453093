/// Where the store's history of writes stands: its latest import batch and the latest entry of
/// its audit log (every write records one, in the write's own transaction; neither table loses
/// rows). Two reads under the same stamp read the same data, whichever process wrote it last; a
/// cache keyed on the stamp is invalidated by any write, this process's or another's.
package struct ChangeStamp: Hashable, Sendable {
  package var latestImportBatch: Int64
  package var latestAuditEntry: Int64

  package init(latestImportBatch: Int64, latestAuditEntry: Int64) {
    self.latestImportBatch = latestImportBatch
    self.latestAuditEntry = latestAuditEntry
  }

  /// The statement both backends read the stamp with (one row, two columns).
  package static let query =
    "SELECT (SELECT coalesce(max(id), 0) FROM importBatch), (SELECT coalesce(max(id), 0) FROM auditEntry)"
}
