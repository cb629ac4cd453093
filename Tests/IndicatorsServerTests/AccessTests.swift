import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsCore
import IndicatorsServer
import IndicatorsStore
import IndicatorsWorkflows
import Testing

/// Who may do what on `indicators serve`: every route for every role, a wrong and a revoked
/// token, and a store left as it was by every refused request.
@Suite struct AccessTests {
  static let csv = "indicator,region,period,value,unit,source,published\ngdp,mianyang,2031,9999.5,亿元,access test,2031-02-01\n"

  enum Caller: String, CaseIterable, CustomStringConvertible {
    case anonymous, viewer, analyst, admin
    var role: UserRole? { UserRole(rawValue: rawValue) }
    var description: String { rawValue }
  }

  struct Route: CustomStringConvertible, Sendable {
    var method: HTTPRequest.Method
    var uri: String
    /// The least role that may use it; nil: open to everyone.
    var needs: UserRole?
    var writes: Bool
    var description: String { "\(method) \(uri)" }
  }

  static let routes: [Route] = [
    Route(method: .get, uri: "/", needs: .viewer, writes: false),
    Route(method: .get, uri: "/series/gdp/mianyang", needs: .viewer, writes: false),
    Route(method: .get, uri: "/series/gdp/mianyang?format=csv", needs: .viewer, writes: false),
    Route(method: .get, uri: "/report?region=mianyang", needs: .viewer, writes: false),
    Route(method: .get, uri: "/compare?indicator=gdp&regions=mianyang,chengdu", needs: .viewer, writes: false),
    Route(method: .get, uri: "/import", needs: .analyst, writes: false),
    Route(method: .post, uri: "/import?name=access.csv&confirm=1", needs: .analyst, writes: true),
    Route(method: .get, uri: "/log", needs: .admin, writes: false),
    Route(method: .get, uri: "/login", needs: nil, writes: false),
  ]

  /// What a store holds that a write could change: observations, targets, users and the log.
  static func snapshot(_ store: IndicatorStore) throws -> [String] {
    [
      "\(try store.observations(ObservationQuery(allVintages: true)).count) observations",
      "\(try store.targets().count) targets", "\(try store.users().count) users",
      "\(try store.auditLog(limit: 1_000_000).count) audit entries",
    ]
  }

  /// A store with one user of each role, and their tokens.
  static func storeWithUsers() throws -> (IndicatorStore, [UserRole: String]) {
    let store = try sampleStore()
    var tokens: [UserRole: String] = [:]
    for role in UserRole.allCases { tokens[role] = try UserWorkflow.add("user-\(role.rawValue)", role: role, to: store).token }
    return (store, tokens)
  }

  static func request(_ route: Route, token: String?, _ client: any TestClientProtocol) async throws -> TestResponse {
    var headers: HTTPFields = [:]
    if let token { headers[.authorization] = "Bearer \(token)" }
    return try await client.execute(
      uri: route.uri, method: route.method, headers: headers, body: route.method == .post ? ByteBuffer(string: csv) : nil)
  }

  @Test(arguments: Caller.allCases, routes)
  func everyRouteAllowsItsRolesAndRefusesTheOthers(_ caller: Caller, _ route: Route) async throws {
    let (store, tokens) = try Self.storeWithUsers()
    let before = try Self.snapshot(store)
    let dashboard = Dashboard(store: store, allowImport: true, chinese: false)
    let response = try await Application(router: dashboard.router()).test(.router) { client in
      try await Self.request(route, token: caller.role.flatMap { tokens[$0] }, client)
    }
    let allowed = route.needs.map { needed in caller.role.map { $0.includes(needed) } ?? false } ?? true
    if allowed {
      #expect(response.status == .ok, "\(caller) \(route): \(response.status)")
      if route.writes {
        #expect(try Self.snapshot(store) != before, "\(caller) \(route) wrote nothing")
        let entry = try #require(try store.auditLog(limit: 1).first)
        #expect(entry.actor == "user-\(caller.rawValue)" && entry.channel == .web && entry.action == .importFile)
        #expect(entry.fileSHA256 == AccessToken.sha256(Array(Self.csv.utf8)) && entry.rowCount == 1)
      }
    } else {
      let expected: HTTPResponse.Status = caller == .anonymous ? .unauthorized : .forbidden
      #expect(response.status == expected, "\(caller) \(route): \(response.status)")
      #expect(String(buffer: response.body).contains(caller == .anonymous ? "/login" : "role"))
      if caller == .anonymous { #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true) }
      #expect(try Self.snapshot(store) == before, "\(caller) \(route) changed the store")
    }
  }

  @Test(arguments: ["0000000000000000000000000000000000000000000000000000000000000000", "not-a-token", "revoked", "expired"])
  func aWrongExpiredOrRevokedTokenIsRefusedOnEveryRoute(_ kind: String) async throws {
    let (store, tokens) = try Self.storeWithUsers()
    var token = kind
    if kind == "revoked" {
      token = tokens[.admin]!
      try UserWorkflow.revoke("user-admin", in: store)
    }
    if kind == "expired" {
      token = AccessToken.generate()
      try store.addUser("user-expired", role: .admin, tokenHash: AccessToken.hash(token), validFor: -1)
    }
    let sent = token
    let before = try Self.snapshot(store)
    let dashboard = Dashboard(store: store, allowImport: true, publicRead: true, chinese: false)
    try await Application(router: dashboard.router()).test(.router) { client in
      for route in Self.routes {
        let response = try await Self.request(route, token: sent, client)
        #expect(response.status == .unauthorized, "\(kind) \(route): \(response.status)")
        #expect(String(buffer: response.body).contains("has expired or has been revoked"))
      }
    }
    #expect(try Self.snapshot(store) == before)
  }

  @Test func publicReadLetsAnyoneReadButNotWrite() async throws {
    let (store, _) = try Self.storeWithUsers()
    let before = try Self.snapshot(store)
    let dashboard = Dashboard(store: store, allowImport: true, publicRead: true, chinese: false)
    try await Application(router: dashboard.router()).test(.router) { client in
      for route in Self.routes {
        let response = try await Self.request(route, token: nil, client)
        let expected: HTTPResponse.Status = route.needs.map { $0 == .viewer ? .ok : .unauthorized } ?? .ok
        #expect(response.status == expected, "\(route): \(response.status)")
      }
    }
    #expect(try Self.snapshot(store) == before)
  }

  @Test func signingInSetsAStrictCookieThatSignsLaterRequestsIn() async throws {
    let (store, tokens) = try Self.storeWithUsers()
    let dashboard = Dashboard(store: store, allowImport: true, chinese: false)
    try await Application(router: dashboard.router()).test(.router) { client in
      let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
      let wrong = try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=nope"))
      #expect(wrong.status == .unauthorized)
      #expect(wrong.headers[.setCookie] == nil)
      var crossSite = form
      crossSite[.origin] = "http://evil.example"
      let forged = try await client.execute(
        uri: "/login", method: .post, headers: crossSite, body: ByteBuffer(string: "token=\(tokens[.analyst]!)"))
      #expect(forged.status == .forbidden)
      #expect(forged.headers[.setCookie] == nil)

      let signedIn = try await client.execute(
        uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=\(tokens[.analyst]!)"))
      #expect(signedIn.status == .seeOther)
      let cookie = try #require(signedIn.headers[.setCookie])
      for attribute in ["indicators_token=\(tokens[.analyst]!)", "Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        #expect(cookie.contains(attribute), "\(cookie) lacks \(attribute)")
      }
      let withCookie: HTTPFields = [.cookie: "indicators_token=\(tokens[.analyst]!)"]
      #expect(try await client.execute(uri: "/", method: .get, headers: withCookie).status == .ok)
      #expect(try await client.execute(uri: "/log", method: .get, headers: withCookie).status == .forbidden)
      let imported = try await client.execute(
        uri: "/import?name=cookie.csv&confirm=1", method: .post, headers: withCookie, body: ByteBuffer(string: Self.csv))
      #expect(imported.status == .ok)
      let signedOut = try await client.execute(uri: "/logout", method: .post, headers: withCookie)
      #expect(signedOut.headers[.setCookie]?.contains("Max-Age=0") == true)
    }
    #expect(try store.auditLog(limit: 1).first?.actor == "user-analyst")
  }

  @Test func adminsSeeTheAuditLog() async throws {
    let (store, tokens) = try Self.storeWithUsers()
    let dashboard = Dashboard(store: store, allowImport: true, chinese: false)
    try await Application(router: dashboard.router()).test(.router) { client in
      let page = try await client.execute(uri: "/log", method: .get, headers: [.authorization: "Bearer \(tokens[.admin]!)"])
      #expect(page.status == .ok)
      #expect(String(buffer: page.body).contains("user-add"))
      #expect(String(buffer: page.body).contains("user-analyst (analyst)"))
    }
  }
}
