import GRDB
import IndicatorsCore

extension IndicatorStore {
  /// The current time in UTC as the audit log writes it, by SQLite's clock.
  static let now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

  /// Records one write in the audit log, inside the write's transaction.
  static func audit(
    _ db: Database, _ attribution: Attribution, _ action: AuditAction, subject: String, rows: Int, importBatch: Int64? = nil
  ) throws {
    try db.execute(
      sql: """
        INSERT INTO auditEntry(recordedAt, actor, channel, action, subject, fileSHA256, rowCount, importBatchId)
        VALUES (\(now), ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        attribution.user ?? Attribution.operatingSystemUser, attribution.channel.rawValue, action.rawValue, subject,
        action == .importFile ? attribution.fileSHA256 : nil, rows, importBatch,
      ])
  }

  @discardableResult
  package func addUser(_ name: String, role: UserRole, tokenHash: String, validFor seconds: Int?) throws(StoreError) -> UserAccount {
    try write { db in
      if let existing = try Row.fetchOne(db, sql: "SELECT revokedAt FROM account WHERE name = ?", arguments: [name]) {
        throw StoreError.unknownSeries(Self.userTaken(name, revoked: (existing[0] as String?) != nil))
      }
      try db.execute(
        sql: """
          INSERT INTO account(name, role, tokenHash, createdAt, expiresAt)
          VALUES (?, ?, ?, \(Self.now), CASE WHEN ? IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ? || ' seconds') END)
          """,
        arguments: [name, role.rawValue, tokenHash, seconds, seconds.map { $0 >= 0 ? "+\($0)" : "\($0)" }])
      try Self.audit(db, attribution, .userAdd, subject: "\(name) (\(role.rawValue))", rows: 1)
      return try Self.accounts(db, where: "name = ?", [name])[0]
    }
  }

  package func users() throws(StoreError) -> [UserAccount] {
    try read { db in try Self.accounts(db, where: "1", []) }
  }

  package func user(tokenHash: String) throws(StoreError) -> UserAccount? {
    try read { db in
      try Self.accounts(db, where: "tokenHash = ? AND revokedAt IS NULL AND (expiresAt IS NULL OR expiresAt > \(Self.now))", [tokenHash]).first
    }
  }

  package func revokeUser(_ name: String) throws(StoreError) -> Bool {
    try write { db in
      try db.execute(
        sql: "UPDATE account SET revokedAt = \(Self.now) WHERE name = ? AND revokedAt IS NULL", arguments: [name])
      guard db.changesCount > 0 else { return false }
      try Self.audit(db, attribution, .userRevoke, subject: name, rows: 1)
      return true
    }
  }

  package func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, recordedAt, actor, channel, action, subject, fileSHA256, rowCount FROM auditEntry
          ORDER BY id DESC LIMIT ?
          """, arguments: [limit]
      ).map { row in
        AuditEntry(
          id: row[0], recordedAt: row[1], actor: row[2], channel: WriteChannel(rawValue: row[3]) ?? .cli,
          action: AuditAction(rawValue: row[4]) ?? .catalogue, subject: row[5], fileSHA256: row[6], rowCount: row[7])
      }
    }
  }

  static func accounts(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [UserAccount] {
    try Row.fetchAll(
      db, sql: "SELECT name, role, createdAt, expiresAt, revokedAt FROM account WHERE \(condition) ORDER BY name", arguments: arguments
    ).map { row in
      UserAccount(name: row[0], role: UserRole(rawValue: row[1]) ?? .viewer, createdAt: row[2], expiresAt: row[3], revokedAt: row[4])
    }
  }

  /// Why a user name cannot be added again.
  package static func userTaken(_ name: String, revoked: Bool) -> String {
    Messages.userTaken(name, revoked: revoked, .en)
  }
}

extension IndicatorStore {
  package func changeStamp() throws(StoreError) -> ChangeStamp {
    try read { db in
      let row = try Row.fetchOne(db, sql: ChangeStamp.query)!
      return ChangeStamp(latestImportBatch: row[0], latestAuditEntry: row[1])
    }
  }
}
