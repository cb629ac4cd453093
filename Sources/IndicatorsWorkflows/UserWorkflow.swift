import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// `indicators user`: adding, listing and revoking the users of `indicators serve`.
package enum UserWorkflow {
  /// Adds a user and returns the token they sign in with. The token is not kept anywhere but in
  /// the value returned (the store keeps its hash): it can be shown once only.
  /// With `days`, the token stops signing in that many days from now.
  package static func add(
    _ name: String, role: UserRole, validForDays days: Int? = nil, to store: any IndicatorStoring, language: Language = .en
  ) throws -> (user: UserAccount, token: String) {
    let name = name.trimmingWhitespace()
    if let problem = Messages.userNameProblem(name, language) { throw WorkflowError(problem) }
    // Said in the user's language here; the store refuses a taken name all the same.
    if let existing = try store.users().first(where: { $0.name == name }) {
      throw WorkflowError(Messages.userTaken(name, revoked: existing.revokedAt != nil, language))
    }
    let token = AccessToken.generate()
    let user = try store.addUser(name, role: role, tokenHash: AccessToken.hash(token), validFor: days.map { $0 * 86_400 })
    return (user, token)
  }

  /// Revokes a user's token: from now on it signs nothing in. A user who is not there, or is
  /// revoked already, is a mistake to say.
  package static func revoke(_ name: String, in store: any IndicatorStoring, language: Language = .en) throws {
    let name = name.trimmingWhitespace()
    guard try store.revokeUser(name) else {
      let known = try store.users().first { $0.name == name }
      throw WorkflowError(Messages.cannotRevoke(name, alreadyRevoked: known != nil, language))
    }
  }

  /// Every user, revoked ones included, as `user list` shows them.
  package static func table(_ store: any IndicatorStoring, language: Language = .en) throws -> Table {
    var table = Table(columns: [
      .init("name", "用户"), .init("role", "角色"), .init("created", "创建时间"), .init("expires", "到期时间"),
      .init("revoked", "撤销时间"),
    ])
    for user in try store.users() {
      table.rows.append([
        .text(user.name), .coded(user.role.rawValue, shown: Messages.role(user.role, language)), .text(user.createdAt),
        user.expiresAt.map { .text($0) } ?? .empty, user.revokedAt.map { .text($0) } ?? .empty,
      ])
    }
    return table
  }
}

/// `indicators log`: the audit log as a table.
package enum AuditLog {
  /// The newest `limit` entries, newest first.
  package static func table(_ store: any IndicatorStoring, limit: Int, language: Language = .en) throws -> Table {
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("at", "时间"), .init("user", "用户"), .init("via", "途径"),
      .init("action", "操作"), .init("subject", "对象", maxWidth: 60), .init("rows", "行数", alignRight: true),
      .init("sha256", "SHA-256"),
    ])
    for entry in try store.auditLog(limit: limit) {
      table.rows.append([
        .number(Double(entry.id)), .text(entry.recordedAt), .text(entry.actor),
        .coded(entry.channel.rawValue, shown: Messages.channel(entry.channel, language)),
        .coded(entry.action.rawValue, shown: Messages.auditAction(entry.action, language)), .text(entry.subject),
        .number(Double(entry.rowCount)), entry.fileSHA256.map { .text($0) } ?? .empty,
      ])
    }
    return table
  }
}
