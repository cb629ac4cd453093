import Dispatch
import Foundation
import Hummingbird
import HummingbirdAuth
import IndicatorsCore
import IndicatorsStore
import IndicatorsWorkflows

/// `indicators serve`: the store's series, forecasts, target report and (with `allowImport`) CSV
/// import as web pages. Every page is rendered by the workflows the commands use; this type only
/// maps addresses to them and turns their results and errors into responses.
///
/// Store work is synchronous (SQLite), so each request's work runs on a Dispatch thread, not on
/// the tasks that serve connections: a slow forecast or an import waiting for another command's
/// lock never stalls the other requests.
package struct Dashboard: Sendable {
  package var store: any IndicatorStoring
  /// Whether `/import` may write; otherwise it answers 403 and the server never writes.
  package var allowImport: Bool
  /// Whether anyone may read the pages without signing in (writes always need a user's token).
  package var publicRead: Bool
  /// Chinese table headers and page text for a request that asks for neither language (see
  /// `Reader`: `?lang=` and `Accept-Language` choose per request).
  package var chinese: Bool

  /// The largest upload accepted (413 beyond it); 64 MiB by default.
  package var maxUploadBytes: Int

  /// The series pages and target reports built, kept until the store changes (`PageCache`):
  /// their forecasts and assessments are computed once per state of the store, not per request.
  package let seriesPages = PageCache<Page>()
  package let reportPages = PageCache<String>()
  /// The store's change stamp for the cached pages and the signed-in users: read on every
  /// request when `freshness` is zero, else reused for up to `freshness` (see `StampWatch`).
  package let stamps: StampWatch
  /// The users tokens signed in lately (see `SignInCache`), with a non-zero `freshness` only:
  /// without it a request would trade its token's lookup for a stamp's.
  package let signIns: SignInCache?

  /// The `freshness` of `indicators serve` on PostgreSQL.
  package static let poolFreshness: Duration = .milliseconds(250)

  /// How long a kept sign-in may serve at most, whatever the stamp says (see `SignInCache`).
  package static let signInLifetime: Duration = .seconds(5)

  /// `freshness`: how old a change stamp the pages may go by (zero: read it for every request;
  /// `indicators serve` gives 250 ms on PostgreSQL, where the read is a round trip). The stamp
  /// is read from `store` as given here. `now` is the clock both bounds are measured by (a
  /// test's may be moved by hand).
  package init(
    store: any IndicatorStoring, allowImport: Bool, publicRead: Bool = false, chinese: Bool, maxUploadBytes: Int = 64 << 20,
    freshness: Duration = .zero, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
  ) {
    self.store = store
    self.allowImport = allowImport
    self.publicRead = publicRead
    self.chinese = chinese
    self.maxUploadBytes = maxUploadBytes
    stamps = StampWatch(maxAge: freshness, now: now) { try store.changeStamp() }
    signIns = freshness > .zero ? SignInCache(lifetime: Self.signInLifetime, now: now) : nil
  }

  /// The routes. Anything else is a 404 page; every error is a page (see `ErrorPage`).
  ///
  /// Who may do what: the pages that read need a viewer's token (or none, with `publicRead`);
  /// `/import`, which writes, an analyst's; `/log`, the audit log, an admin's. `/login` and
  /// `/logout` are open to all. A request is refused (401 without a valid token, 403 without the
  /// role) before its route runs, so a refused request never writes.
  package func router() -> Router<DashboardContext> {
    let router = Router(context: DashboardContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: ErrorPageMiddleware(defaultChinese: chinese))
    router.add(middleware: TokenAuthenticator(store: store, stamps: stamps, signIns: signIns))
    let (store, defaultChinese, maxUploadBytes, seriesPages, reportPages, stamps) = (store, chinese, maxUploadBytes, seriesPages, reportPages, stamps)
    /// The reader of a request: its language per request (see `Reader`).
    let reader: @Sendable (Request) -> Reader = { request in Reader(request, defaultChinese: defaultChinese) }
    SignInPage.addRoutes(to: router, store: store, defaultChinese: defaultChinese)

    let admin = router.group().add(middleware: Self.requiring(.admin))
    admin.get("/log") { request, _ in
      let reader = reader(request)
      return try await Self.html(reader) { try LogPage.render(store, chinese: reader.chinese) }
    }

    let writes = router.group().add(middleware: Self.requiring(.analyst))
    writes.get("/import") { request, _ in
      let reader = reader(request)
      return Self.response(allowImport ? ImportPage.form(chinese: reader.chinese) : ImportPage.readOnly(chinese: reader.chinese), reader: reader)
    }
    writes.post("/import") { request, context in
      let reader = reader(request)
      let chinese = reader.chinese
      guard allowImport else { return Self.response(ImportPage.readOnly(chinese: chinese), reader: reader) }
      try Self.checkSameOrigin(request)
      let body: ByteBuffer
      do {
        body = try await request.body.collect(upTo: maxUploadBytes)
      } catch {
        throw RequestError(status: 413, "the upload is larger than \(maxUploadBytes) bytes; import a file that large with `indicators import`")
      }
      let upload = try Upload(
        contentType: request.headers[.contentType], body: Array(buffer: body), query: FormFields(request.uri.query))
      var attributed = store
      attributed.attribution = Attribution(user: try context.requireIdentity().account.name, channel: .web)
      let page = try await Self.offload { [attributed] in ImportPage.submit(upload, into: attributed, chinese: chinese) }
      // The next request reads the stamp anew, so it sees this import.
      stamps.invalidate()
      return Self.response(page, reader: reader)
    }

    let reads = publicRead ? router.group() : router.group().add(middleware: Self.requiring(.viewer))
    reads.get("/") { request, _ in
      let reader = reader(request)
      let query = FormFields(request.uri.query).text("q")
      return try await Self.html(reader) { try SeriesListPage.render(store, query: query, chinese: reader.chinese) }
    }
    reads.get("/series/:indicator/:region") { request, context in
      let reader = reader(request)
      let chinese = reader.chinese
      let fields = FormFields(request.uri.query)
      let selector = SeriesSelector(
        indicator: Self.pathParameter(try context.parameters.require("indicator")),
        region: Self.pathParameter(try context.parameters.require("region")))
      let asOf = try Self.asOf(fields)
      guard let formatText = fields.text("format") else {
        let request = [selector.indicator, selector.region ?? "", asOf?.description ?? "", reader.code]
        // A kept page under a young enough stamp is answered here, without a thread hop.
        if let stamp = stamps.kept(), let page = seriesPages.kept(request, stamp: stamp) { return Self.response(page, reader: reader) }
        return try await Self.html(reader) {
          try seriesPages.page(request, stamp: try stamps.stamp()) { try SeriesPage.render(store, selector, asOf: asOf, chinese: chinese) }
        }
      }
      guard let format = SeriesPage.DownloadFormat(rawValue: formatText.lowercased()) else {
        throw RequestError("format '\(formatText)' is not one of csv, json")
      }
      let allVintages = fields.text("vintages") == "all"
      let file = try await Self.offload {
        try SeriesPage.download(store, selector, format: format, allVintages: allVintages, asOf: asOf, chinese: chinese)
      }
      return Self.response(file)
    }
    reads.get("/compare") { request, _ in
      let reader = reader(request)
      let fields = FormFields(request.uri.query)
      let (indicator, regions, asOf) = (fields.text("indicator"), fields.text("regions"), try Self.asOf(fields))
      return try await Self.html(reader) {
        try ComparePage.render(store, indicator: indicator, regions: regions, asOf: asOf, chinese: reader.chinese)
      }
    }
    reads.get("/report") { request, _ in
      let reader = reader(request)
      let fields = FormFields(request.uri.query)
      let (region, asOf) = (fields.text("region"), try Self.asOf(fields))
      if let format = fields.text("format") {
        guard format.lowercased() == "csv" else { throw RequestError("format '\(format)' is not csv") }
        return Self.response(try await Self.offload { try ReportPage.download(store, region: region, asOf: asOf, chinese: reader.chinese) })
      }
      // The page's links carry the reader's address and language: the key holds them all.
      let request = [region ?? "", asOf?.description ?? "", reader.code, reader.chosenInQuery ? "query" : "", reader.path, reader.query ?? ""]
      if let stamp = stamps.kept(), let document = reportPages.kept(request, stamp: stamp) { return Self.response(status: 200, html: document) }
      let document = try await Self.offload {
        try reportPages.page(request, stamp: try stamps.stamp()) { try ReportPage.render(store, region: region, asOf: asOf, reader: reader) }
      }
      return Self.response(status: 200, html: document)
    }
    return router
  }

  /// hummingbird-auth's role policy: 401 without a signed-in user, 403 without the role.
  static func requiring(_ role: UserRole) -> some RouterMiddleware<DashboardContext> {
    AuthorizationPolicyMiddleware(
      RolePolicy<SignedIn>(role), deniedError: AccessDenied(status: 403, reason: .role(role)), context: DashboardContext.self)
  }

  /// The application on `host:port` (port 0 takes a free port); `onRunning` hears the port once
  /// the server listens.
  package func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
    Application(
      router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "indicators"),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) })
  }

  /// Serves until the process gets SIGINT or SIGTERM.
  package func run(host: String, port: Int, onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    try await application(host: host, port: port, onRunning: onRunning).runService()
  }

  // MARK: Helpers

  /// A page rendered off the connection's task.
  static func html(_ reader: Reader, _ render: @escaping @Sendable () throws -> Page) async throws -> Response {
    response(try await offload(render), reader: reader)
  }

  static func response(_ page: Page, reader: Reader) -> Response {
    response(status: page.status, html: page.document(reader))
  }

  /// A file the browser saves: its type, and `Content-Disposition: attachment` with its name.
  static func response(_ file: Download) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = file.contentType
    headers[.contentDisposition] = "attachment; filename=\"\(file.fileName)\""
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: file.text)))
  }

  static func response(status: Int, html: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// Runs synchronous store work on a Dispatch thread and waits for it without blocking.
  static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
  }

  /// A path segment with its percent escapes decoded (`%E7%BB%B5%E9%98%B3` → 绵阳).
  static func pathParameter(_ raw: String) -> String { raw.removingPercentEncoding ?? raw }

  /// The `as_of` field as a date, or nil when absent.
  static func asOf(_ fields: FormFields) throws -> CalendarDate? {
    guard let text = fields.text("as_of") else { return nil }
    guard let date = CalendarDate(parsing: text) else {
      throw RequestError("as_of: '\(ChineseText.excerpt(text))' is not a date; \(CalendarDate.formatHint)")
    }
    return date
  }

  /// Refuses a write that a page of another site sends (a browser names the page's origin in
  /// `Origin`; tools such as curl send none and are let through).
  static func checkSameOrigin(_ request: Request) throws {
    guard let origin = request.headers[.origin] else { return }
    let host = request.head.authority ?? ""
    guard origin == "http://\(host)" || origin == "https://\(host)" else {
      throw RequestError(status: 403, "a form sent from \(origin) was refused: only pages of this server may import or sign in")
    }
  }
}
