#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// What a user of `indicators serve` may do. Each role may do everything the one before it may:
/// a viewer reads, an analyst also imports files and adds targets, an admin also edits the
/// catalogue and manages users.
package enum UserRole: String, CaseIterable, Codable, Comparable, Sendable {
  case viewer, analyst, admin

  /// Whether this role may do what `role` may.
  package func includes(_ role: UserRole) -> Bool { self >= role }

  package static func < (a: UserRole, b: UserRole) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// A user as the store keeps them: the token itself is never stored, only its SHA-256 hash.
package struct UserAccount: Equatable, Sendable {
  package var name: String
  package var role: UserRole
  /// When the user was added, `2026-12-07T05:20:00Z` (UTC).
  package var createdAt: String
  /// When the token stops signing in, or nil if it does not expire.
  package var expiresAt: String?
  /// When the token was revoked, or nil while it is valid.
  package var revokedAt: String?

  package init(name: String, role: UserRole, createdAt: String, expiresAt: String? = nil, revokedAt: String? = nil) {
    self.name = name
    self.role = role
    self.createdAt = createdAt
    self.expiresAt = expiresAt
    self.revokedAt = revokedAt
  }
}

/// How a write reached the store, for the audit log.
package enum WriteChannel: String, CaseIterable, Codable, Sendable {
  /// A command run by a person at a terminal (or a script).
  case cli
  /// A request to `indicators serve`, made with a user's token.
  case web
}

/// Who the writes of a store are recorded as in the audit log, and the file being imported.
///
/// A store opened by a command writes as the person running it: the operating-system user on
/// SQLite, the database user (`current_user`) on PostgreSQL (`user` nil). The server sets the
/// name of the user whose token signed the request.
package struct Attribution: Equatable, Sendable {
  /// The user the writes are recorded as; nil: the backend's own (see above).
  package var user: String?
  package var channel: WriteChannel
  /// The SHA-256 of the file an import reads, in lower-case hex, when known.
  package var fileSHA256: String?

  package init(user: String? = nil, channel: WriteChannel = .cli, fileSHA256: String? = nil) {
    self.user = user
    self.channel = channel
    self.fileSHA256 = fileSHA256
  }

  /// The operating-system user running this process (`getpwuid`, else `$USER`, else the uid).
  package static var operatingSystemUser: String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    if let name = ProcessInfo.processInfo.environment["USER"], !name.isEmpty { return name }
    return "uid \(geteuid())"
  }
}

/// What kind of write an audit entry records.
package enum AuditAction: String, CaseIterable, Codable, Sendable {
  case importFile = "import"
  case targetAdd = "target-add"
  case targetRemove = "target-remove"
  case catalogue
  case setting
  case userAdd = "user-add"
  case userRevoke = "user-revoke"
  /// `indicators sync` restoring another store's import batches.
  case sync
}

/// One write as the audit log keeps it: who, when, how, what, and for an import, which file
/// (its SHA-256) and how many rows.
package struct AuditEntry: Equatable, Sendable {
  package var id: Int64
  /// `2026-12-07T05:20:00Z` (UTC, the database's clock).
  package var recordedAt: String
  package var actor: String
  package var channel: WriteChannel
  package var action: AuditAction
  /// The file imported, the target, the catalogue entries, the setting or the user concerned.
  package var subject: String
  package var fileSHA256: String?
  /// Rows of the file read (an import), or entries written (anything else).
  package var rowCount: Int

  package init(
    id: Int64, recordedAt: String, actor: String, channel: WriteChannel, action: AuditAction, subject: String,
    fileSHA256: String?, rowCount: Int
  ) {
    self.id = id
    self.recordedAt = recordedAt
    self.actor = actor
    self.channel = channel
    self.action = action
    self.subject = subject
    self.fileSHA256 = fileSHA256
    self.rowCount = rowCount
  }
}

extension PlanTarget {
  /// `target 7: gdp mianyang level 2027 6000`, for the audit log.
  package func auditSubject(id: Int64) -> String {
    "target \(id): \(indicator) \(region) \(kind.rawValue) \(duePeriod) \(value)"
  }
}
