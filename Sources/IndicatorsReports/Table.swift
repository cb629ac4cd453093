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
    /// How the column's numbers read in text (JSON and CSV carry them in full).
    package var style: NumberStyle
    /// JSON nests columns of one group in an object under this key (`projection: {year, mean, …}`);
    /// CSV writes them as `group_key`. Nil for a top-level column.
    package var group: String?
    /// Text wider than this (display columns) wraps onto further lines in a terminal table.
    package var maxWidth: Int?

    package init(
      _ key: String, _ chinese: String, alignRight: Bool = false, style: NumberStyle = .value, group: String? = nil,
      maxWidth: Int? = nil
    ) {
      self.key = key
      self.chinese = chinese
      self.alignRight = alignRight
      self.style = style
      self.group = group
      self.maxWidth = maxWidth
    }

    /// The key CSV writes: `group_key` in a group, else the key.
    package var flatKey: String { group.map { "\($0)_\(key)" } ?? key }
  }

  /// How a number column reads to a person (see `DisplayNumber`).
  package enum NumberStyle: Sendable, Hashable {
    /// As published: no float noise (`DisplayNumber.value`).
    case value
    /// A computed value to this many significant digits (forecasts, projections).
    case significant(Int)
    /// A fraction shown as a percentage with up to two decimals (0.0943 → 9.43%).
    case percent
    /// A probability: a fraction shown as a whole percentage (0.07 → 7%).
    case probability
    /// Exactly this many decimals.
    case fixed(Int)

    /// `x` for a person.
    package func text(_ x: Double) -> String {
      switch self {
      case .value: DisplayNumber.value(x)
      case .significant(let digits): DisplayNumber.significant(x, digits: digits)
      case .percent: DisplayNumber.percent(fraction: x)
      case .probability: DisplayNumber.probability(x)
      case .fixed(let decimals): DisplayNumber.fixed(x, decimals: decimals)
      }
    }
  }

  /// Files carry codes, screens carry words: a `coded` cell is its code in CSV and JSON
  /// (`2024YTD9`, `at_least`, `mianyang`) and its words in a table, Markdown or HTML
  /// (`2024年1-9月`, `超`, `绵阳市`). An empty code is no value in files (null in JSON).
  package enum Cell: Hashable, Sendable {
    case text(String)
    case number(Double)
    case empty
    case coded(String, shown: String)
    /// A number with its own display style, for a column whose rows differ (fit statistics).
    case styled(Double, NumberStyle)

    /// Full precision, locale-free: what CSV carries. A number that is not finite is an empty
    /// cell (null), never `nan` or `inf`, which spreadsheets and `import` would misread.
    package var exact: String {
      switch self {
      case .text(let s), .coded(let s, _): s
      case .number(let x), .styled(let x, _): x.isFinite ? ValueFormatting.shortest(x) : ""
      case .empty: ""
      }
    }

    /// The cell for a person: a number in `style`, `n/a` when it is not finite; a code's words.
    package func display(_ style: NumberStyle) -> String {
      switch self {
      case .number(let x): x.isFinite ? style.text(x) : ValueFormatting.notFinite
      case .styled(let x, let own): x.isFinite ? own.text(x) : ValueFormatting.notFinite
      case .coded(_, let shown): shown
      case .text, .empty: exact
      }
    }

    /// Like `exact`, with the float noise of arithmetic removed from numbers of `.value` style
    /// (−0.10000000000000053 is −0.1): what CSV and JSON carry.
    package func data(_ style: NumberStyle) -> String {
      switch self {
      case .number(let x) where x.isFinite && style == .value: DisplayNumber.value(x)
      case .styled(let x, .value) where x.isFinite: DisplayNumber.value(x)
      default: exact
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
    columns.map { chinese ? $0.chinese : $0.flatKey }
  }

  package func headers(_ language: Language) -> [String] { headers(chinese: language == .zh) }

  /// Each cell as a person reads it: numbers in their column's style, text as it is.
  package func displayRows() -> [[String]] {
    rows.map { row in zip(columns, row).map { column, cell in cell.display(column.style) } }
  }
}
