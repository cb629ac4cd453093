/// A reporting period as Chinese statistics use them.
///
/// Canonical text forms (what the store keeps and exports):
/// `2023` (year), `2023H1` (half), `2023Q1` (quarter), `2023-03` (month),
/// `2023YTD11` (year to date, January through November: 1-11月累计, not a month),
/// `2021-2025` (a multi-year span such as a five-year plan).
package enum Period: Hashable, Sendable {
  case year(Int)
  case half(Int, Int)
  case quarter(Int, Int)
  case month(Int, Int)
  case yearToDate(Int, throughMonth: Int)
  case span(Int, Int)

  package var frequency: Frequency {
    switch self {
    case .year: .annual
    case .half: .semiannual
    case .quarter: .quarterly
    case .month: .monthly
    case .yearToDate: .yearToDate
    case .span: .multiYear
    }
  }

  /// The calendar year the period starts in.
  package var year: Int {
    switch self {
    case .year(let y), .half(let y, _), .quarter(let y, _), .month(let y, _),
      .yearToDate(let y, _), .span(let y, _):
      y
    }
  }

  /// The period's end as a fractional year, used to order periods and to place them on a time axis.
  package var endTime: Double {
    switch self {
    case .year(let y): Double(y) + 1
    case .half(let y, let h): Double(y) + Double(h) / 2
    case .quarter(let y, let q): Double(y) + Double(q) / 4
    case .month(let y, let m), .yearToDate(let y, let m): Double(y) + Double(m) / 12
    case .span(_, let last): Double(last) + 1
    }
  }

  package var canonical: String {
    switch self {
    case .year(let y): "\(y)"
    case .half(let y, let h): "\(y)H\(h)"
    case .quarter(let y, let q): "\(y)Q\(q)"
    case .month(let y, let m): m < 10 ? "\(y)-0\(m)" : "\(y)-\(m)"
    case .yearToDate(let y, let m): "\(y)YTD\(m)"
    case .span(let a, let b): "\(a)-\(b)"
    }
  }

  /// How a Chinese report writes the period.
  package var chinese: String {
    switch self {
    case .year(let y): "\(y)年"
    case .half(let y, let h): h == 1 ? "\(y)年上半年" : "\(y)年下半年"
    case .quarter(let y, let q): "\(y)年第\(q)季度"
    case .month(let y, let m): "\(y)年\(m)月"
    case .yearToDate(let y, let m): "\(y)年1-\(m)月"
    case .span(let a, let b): "\(a)-\(b)年"
    }
  }
}

extension Period: Comparable {
  package static func < (lhs: Period, rhs: Period) -> Bool {
    if lhs.endTime != rhs.endTime { return lhs.endTime < rhs.endTime }
    return lhs.canonical < rhs.canonical
  }
}

extension Period: CustomStringConvertible {
  package var description: String { canonical }
}

package enum Frequency: String, Sendable, CaseIterable {
  case annual, semiannual, quarterly, monthly, yearToDate = "year_to_date", multiYear = "multi_year"
}
