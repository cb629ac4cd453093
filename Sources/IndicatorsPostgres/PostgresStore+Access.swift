import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  /// The current time in UTC as the audit log writes it, by the server's clock.
  static let now = time("clock_timestamp()")

  /// A timestamp as the audit log writes it: `2026-12-07T05:20:00Z`.
  static func time(_ timestamp: String) -> String {
    #"to_char((\#(timestamp)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#
  }

  /// Records one write in the audit log, inside the write's transaction; without a user of its
  /// own, the write is the database user's (`current_user`). `latestImportBatch` links the entry
  /// to the batch the transaction has just added.
  func audit(_ action: AuditAction, subject: String, rows: Int, latestImportBatch: Bool = false) throws {
    try session.run(
      """
      INSERT INTO auditEntry(recordedAt, actor, channel, action, subject, fileSHA256, rowCount, importBatchId)
      VALUES (\(Self.now), coalesce($1, current_user), $2, $3, $4, $5, $6, \(latestImportBatch ? "(SELECT max(id) FROM importBatch)" : "NULL"))
      """,
      [
        .text(attribution.user), .text(attribution.channel.rawValue), .text(action.rawValue), .text(subject),
        .text(action == .importFile ? attribution.fileSHA256 : nil), .int(rows),
      ])
  }

  @discardableResult
  package func addUser(_ name: String, role: UserRole, tokenHash: String, validFor seconds: Int?) throws(StoreError) -> UserAccount {
    try write {
      if let existing = try session.rows("SELECT revokedAt FROM account WHERE name = $1", [.text(name)]).first {
        throw StoreError.unknownSeries(IndicatorStore.userTaken(name, revoked: try existing[0].decode(String?.self) != nil))
      }
      try session.run(
        """
        INSERT INTO account(name, role, tokenHash, createdAt, expiresAt)
        VALUES ($1, $2, $3, \(Self.now), CASE WHEN $4::bigint IS NULL THEN NULL ELSE \(Self.time("clock_timestamp() + make_interval(secs => $4::bigint)")) END)
        """,
        [.text(name), .text(role.rawValue), .text(tokenHash), .int(seconds)])
      try audit(.userAdd, subject: "\(name) (\(role.rawValue))", rows: 1)
      return try accounts(where: "name = $1", [.text(name)])[0]
    }
  }

  package func users() throws(StoreError) -> [UserAccount] {
    try read { try accounts(where: "TRUE", []) }
  }

  package func user(tokenHash: String) throws(StoreError) -> UserAccount? {
    try session.singleStatement {
      try accounts(where: "tokenHash = $1 AND revokedAt IS NULL AND (expiresAt IS NULL OR expiresAt > \(Self.now))", [.text(tokenHash)]).first
    }
  }

  package func revokeUser(_ name: String) throws(StoreError) -> Bool {
    try write {
      let revoked = try session.run(
        "UPDATE account SET revokedAt = \(Self.now) WHERE name = $1 AND revokedAt IS NULL", [.text(name)]
      ).metadata.rows ?? 0
      guard revoked > 0 else { return false }
      try audit(.userRevoke, subject: name, rows: 1)
      return true
    }
  }

  package func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
    try read {
      try session.rows(
        """
        SELECT id, recordedAt, actor, channel, action, subject, fileSHA256, rowCount FROM auditEntry
        ORDER BY id DESC LIMIT $1
        """, [.int(limit)]
      ).map { row in
        AuditEntry(
          id: try row[0].decode(Int64.self), recordedAt: try row[1].decode(String.self), actor: try row[2].decode(String.self),
          channel: WriteChannel(rawValue: try row[3].decode(String.self)) ?? .cli,
          action: AuditAction(rawValue: try row[4].decode(String.self)) ?? .catalogue, subject: try row[5].decode(String.self),
          fileSHA256: try row[6].decode(String?.self), rowCount: Int(try row[7].decode(Int64.self)))
      }
    }
  }

  func accounts(where condition: String, _ values: [SQLValue]) throws -> [UserAccount] {
    try session.rows("SELECT name, role, createdAt, expiresAt, revokedAt FROM account WHERE \(condition) ORDER BY name", values).map { row in
      UserAccount(
        name: try row[0].decode(String.self), role: UserRole(rawValue: try row[1].decode(String.self)) ?? .viewer,
        createdAt: try row[2].decode(String.self), expiresAt: try row[3].decode(String?.self), revokedAt: try row[4].decode(String?.self))
    }
  }
}

extension PostgresStore {
  package func changeStamp() throws(StoreError) -> ChangeStamp {
    try session.singleStatement {
      let row = try session.rows(ChangeStamp.query)[0]
      return ChangeStamp(latestImportBatch: try row[0].decode(Int64.self), latestAuditEntry: try row[1].decode(Int64.self))
    }
  }
}
