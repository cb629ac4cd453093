/// The fields of a query string or an `application/x-www-form-urlencoded` body
/// (`q=%E7%BB%B5%E9%98%B3+gdp&region=mianyang`), decoded as a browser encodes them: `+` is a
/// space, `%XX` a byte of UTF-8. A malformed escape is kept as written, never a failure; a name
/// given twice keeps its first value.
package struct FormFields: Sendable, Equatable {
  package private(set) var values: [String: String] = [:]

  package init(_ encoded: String?) {
    for pair in (encoded ?? "").split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(parts[0])
      guard !name.isEmpty, values[name] == nil else { continue }
      values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
    }
  }

  package subscript(_ name: String) -> String? { values[name] }

  /// The field's value with surrounding spaces removed, or nil when absent or blank.
  package func text(_ name: String) -> String? {
    guard let value = values[name]?.trimmingSpaces, !value.isEmpty else { return nil }
    return value
  }

  /// `+` → space, `%XX` → byte; bytes that are not UTF-8 become U+FFFD.
  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = hexValue(utf8[utf8.startIndex]),
        let low = hexValue(utf8[utf8.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces, tabs and line breaks (ideographic spaces included).
  var trimmingSpaces: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}
