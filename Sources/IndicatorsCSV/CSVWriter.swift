/// Writes CSV that spreadsheets open as written: fields quoted only when they need it, CRLF line
/// ends (RFC 4180), optionally a UTF-8 byte-order mark so Excel on Chinese Windows does not
/// show mojibake, and text that would start a formula neutralized (`FormulaGuard`).
package struct CSVWriter: Sendable {
  package var byteOrderMark: Bool

  package init(byteOrderMark: Bool) {
    self.byteOrderMark = byteOrderMark
  }

  package func write(header: [String], rows: [[String]]) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    for row in [header] + rows {
      out += row.map(Self.escape).joined(separator: ",")
      out += "\r\n"
    }
    return out
  }

  static func escape(_ cell: String) -> String {
    let field = FormulaGuard.neutralize(cell)
    let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    var quoted = "\""
    for c in field { quoted += c == "\"" ? "\"\"" : String(c) }
    return quoted + "\""
  }
}
