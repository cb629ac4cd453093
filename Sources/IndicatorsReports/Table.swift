import IndicatorsCore

/// A result table, independent of how it is shown: the same table prints as aligned text,
/// Markdown, CSV or JSON. Numbers keep full precision; the text renderer may shorten them.
package struct Table: Sendable {
  package struct Column: Sendable {
    /// The key in JSON and the English header.
    package var key: String
    /// The Chinese header.
    package var chinese: String
    package var alignRight: Bool

    package init(_ key: String, _ chinese: String, alignRight: Bool = false) {
      self.key = key
      self.chinese = chinese
      self.alignRight = alignRight
    }
  }

  package enum Cell: Hashable, Sendable {
    case text(String)
    case number(Double)
    case empty

    /// Full precision, locale-free: what CSV carries. A number that is not finite is an empty
    /// cell (null), never `nan` or `inf`, which spreadsheets and `import` would misread.
    package var exact: String {
      switch self {
      case .text(let s): s
      case .number(let x): x.isFinite ? ValueFormatting.shortest(x) : ""
      case .empty: ""
      }
    }
  }

  package var columns: [Column]
  package var rows: [[Cell]]

  package init(columns: [Column], rows: [[Cell]] = []) {
    self.columns = columns
    self.rows = rows
  }

  package func headers(chinese: Bool) -> [String] {
    columns.map { chinese ? $0.chinese : $0.key }
  }
}
