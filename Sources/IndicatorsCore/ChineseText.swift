/// Text helpers for figures copied out of Chinese documents.
package enum ChineseText {
  /// Maps full-width ASCII (０-９, Ａ-Ｚ, ％, ．, －, ，) to half-width and the ideographic space to a
  /// space, so that `１２．５％` reads as `12.5%`.
  package static func normalizeWidth(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      case 0x3000: scalars.append(" ")
      case 0x2212: scalars.append("-")  // minus sign
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `text` safe to show on a terminal: control characters (C0 but tab and line feed, DEL, C1 —
  /// the ESC of colour and cursor codes among them) and bidirectional overrides are removed, so a
  /// source field cannot recolour, move the cursor or reorder what the terminal shows. With
  /// `singleLine`, tabs and line breaks become spaces (for table cells).
  package static func printable(_ text: String, singleLine: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\t" || scalar == "\r" {
        if singleLine { scalars.append(" ") } else if scalar != "\r" { scalars.append(scalar) }
      } else if !isControl(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  /// Columns a terminal gives the text: East Asian wide and full-width characters take two.
  package static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 || (0x0300...0x036F).contains(v) || v == 0x200B || v == 0xFEFF { return 0 }
    let wide: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
    return wide.contains { $0.contains(v) } ? 2 : 1
  }
}

extension String {
  /// The string without leading and trailing white space (ASCII and ideographic).
  package func trimmingWhitespace() -> String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace || first == "\u{FEFF}" { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
