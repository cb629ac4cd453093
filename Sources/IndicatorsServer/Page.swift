import Foundation
import IndicatorsReports

/// A page of the dashboard: a status, a title and the HTML inside the shared layout.
/// Every piece of text from the data or the request is escaped before it goes into `body`;
/// `body` itself is trusted HTML (escaped text and the SVG that `SVGChart` writes).
package struct Page: Sendable {
  package var status: Int
  package var title: String
  package var body: String
  /// The `<h1>`'s HTML when it is more than the escaped title (a name with its code beside it).
  package var heading: String?

  package init(status: Int = 200, title: String, heading: String? = nil, body: String) {
    self.status = status
    self.title = title
    self.heading = heading
    self.body = body
  }

  /// The whole document: one stylesheet, no scripts and nothing fetched from elsewhere, so a page
  /// can be saved or printed as it is. In the reader's language (its `lang` attribute too), with
  /// a switch to the same page in the other language, and links that keep a language chosen by
  /// `?lang=`.
  package func document(_ reader: Reader) -> String {
    let text = PageText(chinese: reader.chinese)
    return reader.keepingLanguage("""
      <!DOCTYPE html>
      <html lang="\(reader.htmlLang)"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(title)) · indicators</title>
      <style>\(Self.style)</style></head><body>
      \(Self.navigation(text, reader: reader))
      <main>
      <h1>\(heading ?? HTML.escape(title))</h1>
      \(body)
      </main></body></html>

      """)
  }

  /// The document in a language, as read at `/` (the switch leads to `/?lang=…`).
  package func document(chinese: Bool) -> String { document(Reader(chinese: chinese)) }

  /// The bar of links at the top of every page, the language switch at its end.
  static func navigation(_ text: PageText, reader: Reader) -> String {
    "<nav><a href=\"/\"><b>indicators</b></a> <a href=\"/\">\(text.seriesNav)</a> <a href=\"/report\">\(text.reportNav)</a> <a href=\"/import\">\(text.importNav)</a> <a href=\"/log\">\(text.logNav)</a> <a href=\"/login\">\(text.signInNav)</a> \(reader.languageSwitch)</nav>"
  }

  /// A complete document made elsewhere (the target report) with the navigation bar and `extra`
  /// HTML put at the top of its body, its links keeping the reader's language.
  static func insertNavigation(into document: String, reader: Reader, extra: String) -> String {
    guard let body = document.range(of: "<body>") else { return document }
    let bar = "<style>nav{background:#1f2937;padding:10px 32px;margin:-32px -32px 16px} nav a{color:#e5e7eb;margin-right:20px;text-decoration:none} nav a.lang{float:right;margin-right:0} .links a{margin-right:12px}</style>"
      + navigation(PageText(chinese: reader.chinese), reader: reader) + "\n" + extra + "\n"
    return reader.keepingLanguage(document.replacingCharacters(in: body, with: "<body>" + bar))
  }

  static let style = """
    body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;margin:0;color:#1f2937;background:#f9fafb}
    nav{background:#1f2937;padding:10px 32px} nav a{color:#e5e7eb;margin-right:20px;text-decoration:none} nav a:hover{color:#fff} nav a.lang{float:right;margin-right:0}
    h1 small.code{font-size:13px;font-weight:normal;color:#6b7280;margin-left:8px;font-family:monospace}
    main{margin:24px auto;max-width:1280px;padding:0 32px} h1{font-size:22px;margin:0 0 12px} h2{font-size:17px;margin:24px 0 8px}
    a{color:#1d4ed8} .sub{color:#6b7280;margin-bottom:16px}
    table{border-collapse:collapse;font-size:13px;background:#fff} th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
    th{background:#f3f4f6} td.num{text-align:right;font-variant-numeric:tabular-nums}
    .scroll{overflow-x:auto} .chart{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px;display:inline-block}
    .notice{margin:4px 0;color:#374151} .warning{color:#92400e} .error{background:#fee2e2;color:#991b1b;border-radius:6px;padding:12px 16px}
    .ok{background:#dcfce7;color:#166534;border-radius:6px;padding:12px 16px} pre{white-space:pre-wrap;margin:0}
    form.search input[type=search]{width:360px;padding:6px 8px;font-size:14px} button{padding:6px 14px;font-size:14px}
    .links a{margin-right:16px}
    """
}

/// HTML text helpers shared by the pages.
package enum HTML {
  /// Text for an element or a double-quoted attribute: `& < > "` and `'` escaped.
  package static func escape(_ text: String) -> String {
    let escaped = SVGChart.escape(text)
    // Foundation's replacing is slow on Linux; most text has no quote to replace.
    return escaped.contains("'") ? escaped.replacingOccurrences(of: "'", with: "&#39;") : escaped
  }

  /// A table as HTML; every cell escaped, numbers right-aligned and in their column's display
  /// style (`Table.Cell.display`, through `DisplayNumber`), never at full precision. `link(row)` may give an address
  /// for the first cell of a row.
  static func table(_ table: Table, chinese: Bool, link: (Int) -> String? = { _ in nil }) -> String {
    var html = "<div class=\"scroll\"><table><tr>"
    html += table.headers(chinese: chinese).map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
    for (index, row) in table.rows.enumerated() {
      html += "<tr>"
      for (position, (column, cell)) in zip(table.columns, row).enumerated() {
        var text = escape(cell.display(column.style))
        if position == 0, let address = link(index) { text = "<a href=\"\(escape(address))\">\(text)</a>" }
        html += column.alignRight ? "<td class=\"num\">\(text)</td>" : "<td>\(text)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</table></div>\n"
  }

  /// A path segment or query value percent-encoded (RFC 3986 unreserved characters kept).
  static func percentEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
        out.append(Character(Unicode.Scalar(byte)))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
