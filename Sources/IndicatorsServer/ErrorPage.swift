import IndicatorsCore
import IndicatorsForecast
import IndicatorsStore
import IndicatorsWorkflows

/// What a request that went wrong gets: a page saying what happened, with the status that fits.
package enum ErrorPage {
  /// 404 for a series, region or page that does not exist; 400 for a request or a file the
  /// server cannot use; 503 while another command holds the database's write lock; 500 otherwise.
  package static func status(for error: any Error) -> Int {
    switch error {
    case let e as StoreError:
      switch e {
      case .unknownSeries, .ambiguousSeries: 404
      case .input: 400
      case .busy: 503
      default: 500
      }
    case let e as RequestError: e.status
    case is InputError, is UploadError, is WorkflowError, is ForecastError, is TrendFitError: 400
    default: 500
    }
  }

  /// The error as a person reads it: the message the command line would print.
  package static func message(for error: any Error) -> String {
    String(describing: error)
  }

  package static func page(for error: any Error, chinese: Bool) -> Page {
    page(status: status(for: error), message: message(for: error), chinese: chinese)
  }

  package static func page(status: Int, message: String, chinese: Bool) -> Page {
    let text = PageText(chinese: chinese)
    return Page(status: status, title: status == 404 ? text.notFoundTitle : text.errorTitle, body: """
      <div class="error"><pre>\(status) · \(HTML.escape(message))</pre></div>
      <p><a href="/">\(text.backHome)</a></p>

      """)
  }
}

/// A request the server cannot carry out as asked (an unknown `format`, a bad `as_of`, an upload
/// too large), with the status it gets.
package struct RequestError: Error, Equatable, Sendable, CustomStringConvertible {
  package var status: Int
  package var description: String
  package init(status: Int = 400, _ description: String) {
    self.status = status
    self.description = description
  }
}
