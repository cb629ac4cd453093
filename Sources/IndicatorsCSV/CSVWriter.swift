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
    var bytes: [UInt8] = []
    append(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one record's UTF-8 to `buffer`, as `line` writes it, without building the line
  /// apart: what a streamed export does a million times. (Bytes, not a `String`: appending to a
  /// string costs some 300 instructions a piece, appending bytes a copy.)
  package static func append(_ fields: [String], to buffer: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      if isPlain(field) { buffer.append(contentsOf: field.utf8) } else { buffer.append(contentsOf: escape(field).utf8) }
    }
    buffer.append(UInt8(ascii: "\r"))
    buffer.append(UInt8(ascii: "\n"))
  }

  /// Appends one field given as UTF-8 (a comma before it unless `first`), quoted or neutralized
  /// where `line` would: for rows read as bytes, never made into strings.
  package static func appendField(_ field: UnsafeBufferPointer<UInt8>, first: Bool, to buffer: inout [UInt8]) {
    if !first { buffer.append(UInt8(ascii: ",")) }
    if isPlain(field) {
      buffer.append(contentsOf: field)
    } else {
      buffer.append(contentsOf: escape(String(decoding: field, as: UTF8.self)).utf8)
    }
  }

  /// The CRLF that ends a record.
  package static func endRecord(_ buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\r"))
    buffer.append(UInt8(ascii: "\n"))
  }

  /// Whether a field goes out as it is, read from its bytes alone: no byte that calls for quotes
  /// (all ASCII: `,` `"` CR LF, or a space at either end) and a first byte that can start neither
  /// a formula nor a run of apostrophes (`FormulaGuard`). Most cells are; the rest take `escape`.
  static func isPlain(_ field: String) -> Bool {
    var field = field
    return field.withUTF8(isPlain)
  }

  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return true }
    if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || FormulaGuard.mayStartFormula(first) { return false }
    for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
      return false
    }
    return true
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
