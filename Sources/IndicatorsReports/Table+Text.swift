import IndicatorsCore

extension Table {
  /// Aligned plain text for a terminal. Widths count a CJK character as two columns so Chinese
  /// names line up; numbers are right-aligned and shown with up to `significantDigits` digits.
  /// Control characters in cells (terminal escape codes from a source field) are removed.
  ///
  /// `decorate(row, column, text)` may wrap a body cell's text in terminal escapes (colour); the
  /// padding is computed on the plain text, so columns stay aligned.
  package func text(
    chineseHeaders: Bool, significantDigits: Int = 10,
    decorate: (_ row: Int, _ column: Int, _ text: String) -> String = { _, _, text in text }
  ) -> String {
    let header = headers(chinese: chineseHeaders)
    let body = rows.map { $0.map { ChineseText.printable($0.display(significantDigits: significantDigits), singleLine: true) } }
    var widths = header.map(ChineseText.displayWidth)
    for row in body { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], ChineseText.displayWidth(cell)) } }
    func line(_ cells: [String], row: Int?) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - ChineseText.displayWidth(cell))
        let shown = row.map { decorate($0, i, cell) } ?? cell
        return columns[i].alignRight ? pad + shown : shown + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var out = [line(header, row: nil), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    out += body.enumerated().map { line($1, row: $0) }
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
    for row in rows { out += "| " + row.map { escape($0.display(significantDigits: 10)) }.joined(separator: " | ") + " |\n" }
    return out
  }
}

extension Table.Cell {
  func display(significantDigits: Int) -> String {
    guard case .number(let x) = self else { return exact }
    let full = ValueFormatting.shortest(x)
    let digits = full.filter(\.isNumber).count
    guard digits > significantDigits, x.isFinite, x != 0 else { return full }
    return ValueFormatting.significant(x, digits: significantDigits)
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
