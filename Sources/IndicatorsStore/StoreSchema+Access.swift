extension StoreSchema {
  /// The users of `indicators serve` (a token is kept only as its SHA-256 hash; a revoked user
  /// stays, so that the audit log's names keep meaning one person) and the audit log: one entry
  /// per write, with who made it, when, through which channel, and for an import the file's
  /// SHA-256, its row count and its batch.
  static let usersAndAudit: Migration = (
    "v6-users-audit",
    """
      CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('viewer','analyst','admin')),
        tokenHash TEXT NOT NULL UNIQUE,
        createdAt TEXT NOT NULL,
        expiresAt TEXT,
        revokedAt TEXT
      );
      CREATE TABLE auditEntry (
        id INTEGER PRIMARY KEY,
        recordedAt TEXT NOT NULL,
        actor TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('cli','web')),
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        fileSHA256 TEXT,
        rowCount INTEGER NOT NULL,
        importBatchId INTEGER REFERENCES importBatch(id)
      );
      """
  )
}
