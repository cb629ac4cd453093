import IndicatorsCore

/// Keeps text cells from running as spreadsheet formulas (CSV injection, OWASP): a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return — after any apostrophes — is
/// written with one more leading apostrophe, which Excel and LibreOffice take as "this is text"
/// and do not show. Reading takes exactly that apostrophe off again, so export → import → export
/// gives the same bytes. Plain numbers (`-1.5`, `+3`, `-2e-7`) are not formulas and stay as they are.
///
/// `restore(neutralize(t)) == t` for every text `t`.
package enum FormulaGuard {
  static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether a cell whose first byte is `byte` may start like a formula: the byte is an
  /// apostrophe or a trigger. (A cell whose first byte is anything else cannot: its first
  /// character begins with that byte, and every trigger is a single ASCII character.)
  static func mayStartFormula(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
    default: false
    }
  }

  /// Whether a cell, once its leading apostrophes are skipped, starts like a formula.
  static func startsLikeFormula(_ cell: String) -> Bool {
    guard let first = cell.first(where: { $0 != "'" }) else { return false }
    return triggers.contains(first)
  }

  /// The cell as a spreadsheet should receive it.
  package static func neutralize(_ cell: String) -> String {
    guard let first = cell.utf8.first, mayStartFormula(first), startsLikeFormula(cell), DecimalText(cell) == nil else { return cell }
    return "'" + cell
  }

  /// The text a neutralized cell stood for; other cells unchanged.
  package static func restore(_ cell: String) -> String {
    // The byte test first: almost no cell starts with a quote, and it needs no grapheme breaking.
    guard cell.utf8.first == UInt8(ascii: "'"), cell.first == "'", startsLikeFormula(cell) else { return cell }
    return String(cell.dropFirst())
  }
}
