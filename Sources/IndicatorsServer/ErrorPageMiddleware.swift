import Hummingbird

/// Turns every error a route throws, and every address no route has, into a readable page with
/// the fitting status (see `ErrorPage`), never the framework's plain-text error.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
  var chinese: Bool

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound && ![.get, .head, .post].contains(request.method) {
      // The router answers an unserved method with 404; say what it is.
      let message = "\(request.method) is not served: the pages answer GET, and /import POST"
      return Dashboard.response(ErrorPage.page(status: 405, message: message, chinese: chinese), chinese: chinese)
    } catch let error as HTTPError {
      let message = error.status == .notFound
        ? "no page at \(request.uri.path)" : error.body ?? "\(error.status.code) \(error.status.reasonPhrase)"
      return Dashboard.response(ErrorPage.page(status: error.status.code, message: message, chinese: chinese), chinese: chinese)
    } catch {
      return Dashboard.response(ErrorPage.page(for: error, chinese: chinese), chinese: chinese)
    }
  }
}
