/// How numbers read to a person, in one place. Files and JSON keep full precision
/// (`ValueFormatting.shortest`); these functions are for tables, charts, notes and pages.
/// A value that is not finite reads `ValueFormatting.notFinite` everywhere.
package enum DisplayNumber {
  /// A value as it was published: the binary noise of arithmetic removed by rounding to 12
  /// significant digits (−0.10000000000000053 → −0.1, 4038.7300000000005 → 4038.73). Twelve digits
  /// keep every figure a statistical bulletin prints and drop the last 3–4 of a double's 15–17.
  package static func value(_ x: Double) -> String {
    guard x.isFinite, x != 0 else { return ValueFormatting.shortest(x == 0 ? 0 : x) }
    guard let rounded = Double(ValueFormatting.significant(x, digits: 12)) else { return ValueFormatting.shortest(x) }
    return ValueFormatting.shortest(rounded)
  }

  /// A computed value (forecast, projection, required level) to `digits` significant digits, but
  /// never fewer than its integer digits: 5006.04 → 5006, 3930.118 → 3930, 0.57802 → 0.578.
  package static func significant(_ x: Double, digits: Int = 4) -> String {
    guard x.isFinite, x != 0 else { return value(x) }
    return value(Double(ValueFormatting.significant(x, digits: digits)) ?? x)
  }

  /// A growth rate or other percentage, given in percent, to two decimals with a trailing zero
  /// dropped: 9.4321 → 9.43, 9.40 → 9.4, 10 → 10.0.
  package static func percentValue(_ percent: Double) -> String {
    guard percent.isFinite else { return ValueFormatting.notFinite }
    var text = ValueFormatting.fixed(percent, decimals: 2)
    if text.hasSuffix("0") { text.removeLast() }
    return text == "-0.0" ? "0.0" : text
  }

  /// A fraction as a percentage: 0.0943 → `9.43%`.
  package static func percent(fraction: Double) -> String {
    fraction.isFinite ? percentValue(fraction * 100) + "%" : ValueFormatting.notFinite
  }

  /// A probability as a whole percentage: 0.07 → `7%`.
  package static func probability(_ p: Double) -> String {
    p.isFinite ? ValueFormatting.fixed(p * 100, decimals: 0) + "%" : ValueFormatting.notFinite
  }

  /// An interval, both bounds with the decimals that give the larger one `digits` significant
  /// digits (never cutting integer digits): `[0.58–9.43]`, `[3941–6390]`.
  package static func interval(_ lower: Double, _ upper: Double, digits: Int = 3) -> String {
    let largest = max(abs(lower), abs(upper))
    guard lower.isFinite, upper.isFinite, largest > 0 else { return "[\(value(lower))–\(value(upper))]" }
    let decimals = min(12, max(0, digits - 1 - Int(largest.log10Floor)))
    return "[\(value(Double(fixed(lower, decimals: decimals)) ?? lower))–\(value(Double(fixed(upper, decimals: decimals)) ?? upper))]"
  }

  /// `value` with exactly `decimals` digits after the point.
  package static func fixed(_ x: Double, decimals: Int) -> String { ValueFormatting.fixed(x, decimals: decimals) }

  /// Axis ticks covering `low…high` with about `count` steps, each step 1, 2, 2.5 or 5 × 10ⁿ
  /// (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990, with 2.5 added as many
  /// plotting libraries do). The first tick is at or below `low`, the last at or above `high`.
  /// Precondition: both finite and `low < high`.
  package static func niceTicks(low: Double, high: Double, count: Int = 5) -> (ticks: [Double], step: Double) {
    precondition(low.isFinite && high.isFinite && low < high, "niceTicks needs a finite, non-empty range")
    let raw = (high / 2 - low / 2) * 2 / Double(max(1, count))
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
    let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
    guard last - first < 1000 else { return ([low, high], high - low) }
    return (stride(from: first, through: last, by: 1).map { $0 * step }, step)
  }

  /// A tick label: as many decimals as the step needs (2.5 needs one), no more.
  package static func tick(_ x: Double, step: Double) -> String {
    var decimals = 0
    var scaled = step
    while decimals < 10, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) { scaled *= 10; decimals += 1 }
    return ValueFormatting.fixed(abs(x) < step * 1e-9 ? 0 : x, decimals: decimals)
  }
}
