import IndicatorsCore

extension Table {
  /// Aligned plain text for a terminal. Widths count a CJK character as two columns so Chinese
  /// names line up; numbers are right-aligned and shown in their column's style. A text cell
  /// wider than its column's `maxWidth` wraps onto further lines (at a space or between CJK
  /// characters), so a report stays within a terminal's width. Control characters in cells
  /// (terminal escape codes from a source field) are removed.
  ///
  /// `decorate(row, column, text)` may wrap a body cell's text in terminal escapes (colour); the
  /// padding is computed on the plain text, so columns stay aligned.
  package func text(
    chineseHeaders: Bool,
    decorate: (_ row: Int, _ column: Int, _ text: String) -> String = { _, _, text in text }
  ) -> String {
    let header = headers(chinese: chineseHeaders)
    let body = displayRows().map { row in
      zip(columns, row).map { column, cell in
        TextWrap.lines(ChineseText.printable(cell, singleLine: true), width: column.maxWidth)
      }
    }
    var widths = header.map(ChineseText.displayWidth)
    for row in body { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.map(ChineseText.displayWidth).max() ?? 0) } }
    func line(_ cells: [String], row: Int?) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: max(0, widths[i] - ChineseText.displayWidth(cell)))
        let shown = row.map { decorate($0, i, cell) } ?? cell
        return columns[i].alignRight ? pad + shown : shown + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var out = [line(header, row: nil), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    for (index, cells) in body.enumerated() {
      let height = cells.map(\.count).max() ?? 1
      for k in 0..<height {
        out.append(line(cells.map { k < $0.count ? $0[k] : "" }, row: k == 0 ? index : nil))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A GitHub-flavoured Markdown table. Text from the data cannot break out of its cell or
  /// inject HTML: `|` is escaped, `<` and `>` become entities, control characters and line breaks go.
  package func markdown(chineseHeaders: Bool) -> String {
    func escape(_ s: String) -> String {
      var out = ""
      for c in ChineseText.printable(s, singleLine: true) {
        switch c {
        case "|": out += "\\|"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.append(c)
        }
      }
      return out
    }
    var out = "| " + headers(chinese: chineseHeaders).map(escape).joined(separator: " | ") + " |\n"
    out += "|" + columns.map { $0.alignRight ? "---:|" : "---|" }.joined() + "\n"
    for row in displayRows() { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
    return out
  }
}

/// Breaking text into lines of at most a given display width.
enum TextWrap {
  /// `text` in lines no wider than `width` display columns (nil: one line). Breaks after a space
  /// or `,`/`;`/`，`/`；`, or between two CJK characters; a word longer than the width is cut.
  static func lines(_ text: String, width: Int?) -> [String] {
    guard let width, width > 0, ChineseText.displayWidth(text) > width else { return [text] }
    var lines: [String] = []
    var current: [Character] = []
    var lastBreak: Int?  // characters of `current` before the last place a line may end
    for c in text {
      current.append(c)
      if ChineseText.displayWidth(String(current)) > width {
        var cut = lastBreak.flatMap { $0 > 0 && $0 < current.count ? $0 : nil } ?? current.count - 1
        // Closing punctuation stays with the text before it.
        while cut > 1, cut < current.count, "）)，。；、：".contains(current[cut]) { cut -= 1 }
        lines.append(String(current[..<cut]).trimmingTrailingSpaces())
        current = Array(current[cut...].drop { $0 == " " })
        lastBreak = nil
      }
      if " ,;，；、".contains(c) || ChineseText.displayWidth(String(c)) == 2 { lastBreak = current.count }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
