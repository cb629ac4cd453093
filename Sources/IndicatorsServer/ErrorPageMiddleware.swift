import Hummingbird

/// Turns every error a route throws, and every address no route has, into a readable page with
/// the fitting status (see `ErrorPage`), never the framework's plain-text error. A request
/// refused for want of a token (401) gets a page pointing to `/login` and a
/// `WWW-Authenticate: Bearer` header; one refused for want of a role (403) says which role.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The server's language, for a request that asks for none (see `Reader`).
  var defaultChinese: Bool

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let reader = Reader(request, defaultChinese: defaultChinese)
    let chinese = reader.chinese
    do {
      return try await next(request, context)
    } catch let denied as AccessDenied {
      return refusal(denied.reason, status: Int(denied.status.code), context: context, reader: reader)
    } catch let error as HTTPError where error.status == .unauthorized {
      return refusal(.noToken, status: 401, context: context, reader: reader)
    } catch let error as HTTPError where error.status == .notFound && ![.get, .head, .post].contains(request.method) {
      // The router answers an unserved method with 404; say what it is.
      let message = "\(request.method) is not served: the pages answer GET, and /import, /login and /logout POST"
      return Dashboard.response(ErrorPage.page(status: 405, message: message, chinese: chinese), reader: reader)
    } catch let error as HTTPError {
      let message = error.status == .notFound
        ? "no page at \(request.uri.path)" : error.body ?? "\(error.status.code) \(error.status.reasonPhrase)"
      return Dashboard.response(ErrorPage.page(status: error.status.code, message: message, chinese: chinese), reader: reader)
    } catch {
      return Dashboard.response(ErrorPage.page(for: error, chinese: chinese), reader: reader)
    }
  }

  func refusal(_ reason: AccessDenied.Reason, status: Int, context: Context, reader: Reader) -> Response {
    let text = PageText(chinese: reader.chinese)
    let (title, message): (String, String)
    switch reason {
    case .noToken: (title, message) = (text.unauthorizedTitle, text.unauthorized)
    case .badToken: (title, message) = (text.unauthorizedTitle, text.badToken)
    case .role(let role):
      let has = (context as? DashboardContext)?.identity?.account.role
      (title, message) = (text.forbiddenTitle, text.forbidden(needs: role, has: has))
    }
    let page = Page(status: status, title: title, body: """
      <div class="error"><pre>\(status) · \(HTML.escape(message))</pre></div>
      <p class="links"><a href="/login">\(text.signIn)</a> <a href="/">\(text.backHome)</a></p>

      """)
    var response = Dashboard.response(page, reader: reader)
    if status == 401 { response.headers[.wwwAuthenticate] = "Bearer realm=\"indicators\"" }
    return response
  }
}
