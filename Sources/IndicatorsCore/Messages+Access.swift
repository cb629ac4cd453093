/// The sentences about users, tokens and the audit log.
extension Messages {
  package static func role(_ role: UserRole, _ language: Language) -> String { roles(role, language) }

  package static func channel(_ channel: WriteChannel, _ language: Language) -> String { channels(channel, language) }

  package static func auditAction(_ action: AuditAction, _ language: Language) -> String { auditActions(action, language) }

  private static let roles = Words<UserRole>([.viewer: ("查看者", "viewer"), .analyst: ("分析员", "analyst"), .admin: ("管理员", "admin")])
  private static let channels = Words<WriteChannel>([.cli: ("命令行", "cli"), .web: ("网页", "web")])
  private static let auditActions = Words<AuditAction>([
    .importFile: ("导入", "import"), .targetAdd: ("添加目标", "target-add"), .targetRemove: ("删除目标", "target-remove"),
    .catalogue: ("编辑目录", "catalogue"), .setting: ("设置", "setting"), .userAdd: ("添加用户", "user-add"),
    .userRevoke: ("撤销用户", "user-revoke"), .sync: ("同步", "sync"),
  ])

  /// Why a name cannot be a user's, or nil when it can: 1 to 64 characters, no spaces, quotes
  /// or control characters (the name appears in the audit log and on pages).
  package static func userNameProblem(_ name: String, _ language: Language) -> String? {
    if name.isEmpty { return language.pick("用户名不能为空", "a user name cannot be empty") }
    if name.count > 64 { return language.pick("用户名最多64个字符", "a user name has at most 64 characters") }
    let bad = name.unicodeScalars.first { $0.properties.isWhitespace || $0.value < 32 || $0.value == 127 || "\"'<>&`".unicodeScalars.contains($0) }
    if let bad {
      let shown = bad.value < 32 || bad.value == 127 || bad.properties.isWhitespace ? String(format16(bad.value)) : String(bad)
      return language.pick(
        "用户名 '\(ChineseText.excerpt(name))' 含有不允许的字符 \(shown)；请用字母、数字、汉字和 . _ - @",
        "user name '\(ChineseText.excerpt(name))' has a character that is not allowed (\(shown)); use letters, digits, Chinese characters and . _ - @")
    }
    return nil
  }

  private static func format16(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  package static func userTaken(_ name: String, revoked: Bool, _ language: Language) -> String {
    revoked
      ? language.pick(
        "用户 '\(name)' 已被撤销；审计日志中的名字只代表一个人，请给新用户另起名字",
        "user '\(name)' was revoked; names in the audit log stay one person's, so give the new user another name")
      : language.pick(
        "用户 '\(name)' 已存在；如令牌丢失，请先撤销（indicators user revoke \(name)），再以新名字添加",
        "user '\(name)' already exists; if their token is lost, revoke it (`indicators user revoke \(name)`) and add them under another name")
  }

  package static func cannotRevoke(_ name: String, alreadyRevoked: Bool, _ language: Language) -> String {
    alreadyRevoked
      ? language.pick("用户 '\(name)' 已被撤销", "user '\(name)' is already revoked")
      : language.pick("没有名为 '\(name)' 的用户（见 `indicators user list`）", "no user named '\(name)' (see `indicators user list`)")
  }

  /// What `user add` says on stderr beside the token it prints on stdout.
  package static func tokenShownOnce(_ user: UserAccount, _ language: Language) -> String {
    language.pick(
      "已添加用户 \(user.name)（\(role(user.role, .zh))）。上面的令牌只显示这一次，数据库只保存其 SHA-256；请交给本人，用于 `Authorization: Bearer 令牌` 或 /login 登录。",
      "added user \(user.name) (\(role(user.role, .en))). The token above is shown this once only (the database keeps its SHA-256); give it to them to sign in at /login or send `Authorization: Bearer TOKEN`.")
  }

  package static func userRevoked(_ name: String, _ language: Language) -> String {
    language.pick("已撤销用户 \(name) 的令牌", "revoked the token of \(name)")
  }

  /// What `serve` says when no user can sign in yet.
  package static func noUsersYet(publicRead: Bool, _ language: Language) -> String {
    let reads = publicRead ? language.pick("任何人都可以读取，但", "anyone may read, but ") : ""
    return language.pick(
      "数据库中还没有用户：\(reads)无人能登录。请先创建管理员：indicators user add NAME --role admin",
      "the database has no users yet: \(reads)no one can sign in. Create the first admin: indicators user add NAME --role admin")
  }
}
