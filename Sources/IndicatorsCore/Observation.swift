/// One published figure: a value for an indicator, region and period, as known at a vintage.
package struct Observation: Hashable, Sendable {
  package var indicator: String
  package var region: String
  package var period: Period
  package var value: Double
  package var unit: MeasurementUnit
  package var qualifier: Qualifier
  package var status: ObservationStatus
  /// When the value was published, if the source says; nil for an undated source.
  package var vintage: CalendarDate?
  /// The day the value was imported.
  package var recorded: CalendarDate
  package var source: SourceReference
  package var locator: String
  package var note: String

  package init(
    indicator: String, region: String, period: Period, value: Double, unit: MeasurementUnit,
    qualifier: Qualifier = .exact, status: ObservationStatus = .normal, vintage: CalendarDate?,
    recorded: CalendarDate, source: SourceReference, locator: String = "", note: String = ""
  ) {
    self.indicator = indicator
    self.region = region
    self.period = period
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.status = status
    self.vintage = vintage
    self.recorded = recorded
    self.source = source
    self.locator = locator
    self.note = note
  }

  /// The value as a Chinese report would print it: `超100`, `约6`, `近300`.
  package var qualifiedValueText: String {
    qualifier.chinesePrefix + ValueFormatting.shortest(value)
  }
}

/// Number formatting that never depends on the locale. A value that is not finite (NaN, ±∞:
/// what a model gives on a degenerate series) is never printed as a number: every function here
/// writes `notFinite` for it, and CSV and JSON leave the cell empty or null.
package enum ValueFormatting {
  /// What text shows in place of a value that is not finite.
  package static let notFinite = "n/a"

  /// The shortest text that reads back as the same `Double` (full precision, no separators).
  package static func shortest(_ value: Double) -> String {
    guard value.isFinite else { return notFinite }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}

/// A series as the numeric modules see it: one value per period, oldest first.
package struct SeriesPoint: Hashable, Sendable {
  package var period: Period
  package var value: Double
  package var qualifier: Qualifier
  package var status: ObservationStatus

  package init(period: Period, value: Double, qualifier: Qualifier, status: ObservationStatus) {
    self.period = period
    self.value = value
    self.qualifier = qualifier
    self.status = status
  }
}

extension ValueFormatting {
  /// `value` rounded to `digits` significant digits, in plain (not scientific) notation when
  /// reasonable; used for display only.
  package static func significant(_ value: Double, digits: Int) -> String {
    guard value.isFinite, value != 0 else { return shortest(value) }  // 0, or `notFinite`
    let magnitude = Int((abs(value)).log10Floor)
    let decimals = max(0, digits - 1 - magnitude)
    if magnitude > 15 || magnitude < -6 { return "\(value)" }
    return fixed(value, decimals: decimals)
  }

  /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
  package static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return notFinite }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return "\(value)" }
    var digits = String(Int64(scaled))
    if decimals > 0 {
      if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return (value < 0 && scaled != 0 ? "-" : "") + digits
  }
}

extension Double {
  var log10Floor: Double {
    var x = self
    var e = 0.0
    while x >= 10 { x /= 10; e += 1 }
    while x < 1 { x *= 10; e -= 1 }
    return e
  }
}

extension Observation {
  /// The vintage for people: the publication date, or `undated` when the source gives none.
  package var vintageText: String { vintage?.description ?? "undated" }
}
