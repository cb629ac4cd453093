import Foundation

/// A PostgreSQL database named by a URL, as `--db` takes it:
/// `postgresql://[user[:password]@]host[:port]/dbname` (the user defaults to the login name), or with `?host=/run/postgresql` for a Unix
/// socket directory (libpq's form). `postgres://` is accepted too.
package struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
  package var user: String
  package var password: String?
  package var host: String
  package var port: Int
  package var database: String
  /// The folder holding the server's socket, when it is reached that way instead of TCP.
  package var socketDirectory: String?

  /// Whether `--db` names a PostgreSQL database rather than an SQLite file.
  package static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
  }

  /// Parses the URL; nil with the reason when it is not one we can use.
  package init(url text: String) throws(PostgresURLError) {
    let shown = Self.withoutPassword(text)
    guard Self.isURL(text), let components = URLComponents(string: text) else {
      throw PostgresURLError(url: shown, reason: "give postgresql://user@host:port/dbname")
    }
    // Without a user, the login name, as libpq does.
    let environment = ProcessInfo.processInfo.environment
    guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }).flatMap({ $0.isEmpty ? nil : $0 })
      ?? environment["USER"] ?? environment["LOGNAME"]
    else {
      throw PostgresURLError(url: shown, reason: "names no user; give postgresql://user@host:port/dbname")
    }
    let database = String(components.path.drop { $0 == "/" })
    guard !database.isEmpty, !database.contains("/") else {
      throw PostgresURLError(url: shown, reason: "names no database; give postgresql://user@host:port/dbname")
    }
    self.user = user
    self.password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
    self.host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    self.port = components.port ?? 5432
    self.database = database.removingPercentEncoding ?? database
    self.socketDirectory = components.queryItems?.first { $0.name == "host" && ($0.value ?? "").hasPrefix("/") }?.value
  }

  /// `text` with any password replaced by `***`, for a message about a URL that does not parse.
  static func withoutPassword(_ text: String) -> String {
    guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@"),
      let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
    else { return text }
    return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
  }

  /// The URL without its password, for messages.
  package var description: String {
    let socket = socketDirectory.map { "?host=\($0)" } ?? ""
    return "postgresql://\(user)@\(host):\(port)/\(database)\(socket)"
  }

  /// The socket file, when reached by a socket: `DIR/.s.PGSQL.PORT` as libpq names it.
  var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }
}

/// A `--db postgresql://…` that cannot be used, with why.
package struct PostgresURLError: Error, Equatable, CustomStringConvertible {
  package var url: String
  package var reason: String
  package var description: String { "\(url): \(reason)" }
}
