import Hummingbird
import HummingbirdAuth
import IndicatorsCore
import IndicatorsStore
import IndicatorsWorkflows

/// The user a request's token signed in, as hummingbird-auth's role policies see them: a role
/// holds the roles below it (an admin is also an analyst and a viewer).
package struct SignedIn: RoleProviding, Sendable {
  package var account: UserAccount

  package var roles: Set<UserRole> { Set(UserRole.allCases.filter { account.role.includes($0) }) }
}

/// The request context of the dashboard: Hummingbird's, with the signed-in user if any.
package struct DashboardContext: AuthRequestContext, RequestContext {
  package var coreContext: CoreRequestContextStorage
  package var identity: SignedIn?

  package init(source: Source) {
    coreContext = .init(source: source)
    identity = nil
  }
}

/// Finds the user of a request: the token of `Authorization: Bearer TOKEN`, else of the cookie
/// the sign-in form sets. No token: an anonymous request, which the routes' policies may refuse.
/// A bearer token that is not a valid user's (wrong, or revoked) is refused here with 401,
/// whatever the route: a script that means to sign in should hear that it failed. A cookie whose
/// token was revoked counts as none, so that its browser can still reach `/login`.
///
/// With a `SignInCache`, a token found lately under the store's current stamp is not looked up
/// again (the cache's comment says how soon a revocation or an expiry is seen).
struct TokenAuthenticator: AuthenticatorMiddleware {
  typealias Context = DashboardContext
  let store: any IndicatorStoring
  var stamps: StampWatch? = nil
  var signIns: SignInCache? = nil

  /// The cookie the sign-in form sets.
  static let cookieName = "indicators_token"

  func authenticate(request: Request, context: DashboardContext) async throws -> SignedIn? {
    if let bearer = request.headers.bearer?.token.trimmingWhitespace(), !bearer.isEmpty {
      guard let account = try await account(for: bearer) else { throw AccessDenied(status: 401, reason: .badToken) }
      return SignedIn(account: account)
    }
    if let cookie = request.cookies[Self.cookieName]?.value, !cookie.isEmpty {
      return try await account(for: cookie).map(SignedIn.init(account:))
    }
    return nil
  }

  /// The valid user whose token this is: the one kept for it under the current stamp, else the
  /// store's (kept for the next requests).
  func account(for token: String) async throws -> UserAccount? {
    guard let stamps, let signIns else { return try await Self.account(for: token, in: store) }
    guard AccessToken.isWellFormed(token) else { return nil }
    let hash = AccessToken.hash(token)
    if let stamp = stamps.kept(), let account = signIns.account(tokenHash: hash, stamp: stamp) { return account }
    return try await Dashboard.offload { [store] in
      // The stamp is read before the account, so a revocation after the read moves it.
      let stamp = try stamps.stamp()
      if let account = signIns.account(tokenHash: hash, stamp: stamp) { return account }
      let account = try store.user(tokenHash: hash)
      if let account { signIns.keep(account, tokenHash: hash, stamp: stamp) }
      return account
    }
  }

  /// The valid user whose token this is: looked up by the token's SHA-256, never by the token.
  static func account(for token: String, in store: any IndicatorStoring) async throws -> UserAccount? {
    guard AccessToken.isWellFormed(token) else { return nil }
    let hash = AccessToken.hash(token)
    return try await Dashboard.offload { try store.user(tokenHash: hash) }
  }
}

/// A request refused for want of a user (401) or of a role (403); the page says which and what
/// to do.
struct AccessDenied: Error, HTTPResponseError {
  enum Reason: Sendable { case noToken, badToken, role(UserRole) }
  var status: HTTPResponse.Status
  var reason: Reason

  init(status: Int, reason: Reason) {
    self.status = .init(code: status)
    self.reason = reason
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    Response(status: status)
  }
}
