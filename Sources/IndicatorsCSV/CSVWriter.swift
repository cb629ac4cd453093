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

  /// One record: fields quoted where they need it, and the CRLF line end.
  package static func line(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: ",") + "\r\n"
  }

  static func escape(_ cell: String) -> String {
    let field = FormulaGuard.neutralize(cell)
    // Byte checks: every character that calls for quotes is ASCII (and a CRLF inside a field,
    // one Character to Swift, is caught by its bytes).
    let bytes = field.utf8
    let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
      || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
    guard needsQuotes else { return field }
    var quoted = "\""
    for c in field { quoted += c == "\"" ? "\"\"" : String(c) }
    return quoted + "\""
  }
}
