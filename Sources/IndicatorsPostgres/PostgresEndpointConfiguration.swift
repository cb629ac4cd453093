import PostgresNIO

/// What postgres-nio's two configurations (one connection's, a pool's) have alike without a
/// protocol of their own: the same initialisers for a server reached by TCP or by a Unix socket.
/// Conforming both lets one place say how a `PostgresLocation` becomes either.
protocol PostgresEndpointConfiguration {
  associatedtype TLS
  init(host: String, port: Int, username: String, password: String?, database: String?, tls: TLS)
  init(unixSocketPath: String, username: String, password: String?, database: String?)
  /// No TLS: a `--db` URL has no way to ask for it.
  static var withoutTLS: TLS { get }
}

extension PostgresEndpointConfiguration {
  /// The server at `location`: by its socket when the URL names a socket folder, else by TCP.
  init(_ location: PostgresLocation) {
    if let socket = location.socketPath {
      self.init(unixSocketPath: socket, username: location.user, password: location.password, database: location.database)
    } else {
      self.init(
        host: location.host, port: location.port, username: location.user, password: location.password,
        database: location.database, tls: Self.withoutTLS)
    }
  }
}

extension PostgresConnection.Configuration: PostgresEndpointConfiguration {
  static var withoutTLS: TLS { .disable }
}

extension PostgresClient.Configuration: PostgresEndpointConfiguration {
  static var withoutTLS: TLS { .disable }
}
