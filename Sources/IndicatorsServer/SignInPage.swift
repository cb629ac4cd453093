import Foundation
import Hummingbird
import IndicatorsStore
import IndicatorsWorkflows

/// `/login` and `/logout`: a form that takes a user's token and, when it is valid, keeps it in a
/// cookie the browser sends with every request to this server, and never to another site's
/// (`Secure; HttpOnly; SameSite=Strict`: not over plain HTTP except to localhost, not readable
/// by scripts, not sent with a request another site starts). The form is refused from a page of
/// another site (the Origin check the import form has).
enum SignInPage {
  /// How long the cookie lasts: 12 hours, a working day.
  static let cookieSeconds = 12 * 3600

  static func addRoutes(to router: Router<DashboardContext>, store: any IndicatorStoring, defaultChinese: Bool) {
    router.get("/login") { request, context in
      let reader = Reader(request, defaultChinese: defaultChinese)
      return Dashboard.response(form(chinese: reader.chinese, signedIn: context.identity), reader: reader)
    }
    router.post("/login") { request, _ in
      let reader = Reader(request, defaultChinese: defaultChinese)
      try Dashboard.checkSameOrigin(request)
      let body = try await request.body.collect(upTo: 4096)
      let token = FormFields(String(buffer: body)).text("token") ?? ""
      guard try await TokenAuthenticator.account(for: token, in: store) != nil else {
        var page = form(chinese: reader.chinese, signedIn: nil, refused: true)
        page.status = 401
        return Dashboard.response(page, reader: reader)
      }
      var response = redirect(to: reader.chosenInQuery ? "/?lang=\(reader.code)" : "/")
      response.setCookie(cookie(token, maxAge: cookieSeconds))
      return response
    }
    router.post("/logout") { request, _ in
      try Dashboard.checkSameOrigin(request)
      var response = redirect(to: "/login")
      response.setCookie(cookie("", maxAge: 0))
      return response
    }
  }

  static func cookie(_ value: String, maxAge: Int) -> Cookie {
    Cookie(
      name: TokenAuthenticator.cookieName, value: value, maxAge: maxAge, path: "/", secure: true, httpOnly: true,
      sameSite: .strict)
  }

  static func redirect(to path: String) -> Response {
    var headers = HTTPFields()
    headers[.location] = path
    return Response(status: .seeOther, headers: headers)
  }

  static func form(chinese: Bool, signedIn: SignedIn?, refused: Bool = false) -> Page {
    let text = PageText(chinese: chinese)
    var body = ""
    if let signedIn {
      body += "<p class=\"ok\">\(HTML.escape(text.signedInAs(signedIn.account.name, role: signedIn.account.role)))</p>\n"
      body += "<form method=\"post\" action=\"/logout\"><p><button type=\"submit\">\(text.signOut)</button></p></form>\n"
    }
    if refused { body += "<div class=\"error\"><pre>401 · \(HTML.escape(text.badToken))</pre></div>\n" }
    body += """
      <p class="sub">\(HTML.escape(text.signInHelp))</p>
      <form method="post" action="/login" enctype="application/x-www-form-urlencoded">
      <p><label>\(text.token): <input type="password" name="token" autocomplete="current-password" size="70" required></label></p>
      <p><button type="submit">\(text.signIn)</button></p>
      </form>

      """
    return Page(title: text.signInTitle, body: body)
  }
}

/// `/log`: the audit log, for admins.
enum LogPage {
  static let entriesShown = 500

  static func render(_ store: any IndicatorStoring, chinese: Bool) throws -> Page {
    let text = PageText(chinese: chinese)
    let table = try AuditLog.table(store, limit: entriesShown, language: chinese ? .zh : .en)
    return Page(title: text.logTitle, body: "<p class=\"sub\">\(HTML.escape(text.logHelp(entriesShown)))</p>\n" + HTML.table(table, chinese: chinese))
  }
}
