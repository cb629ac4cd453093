/// Why a plan target means nothing as stated, naming the field at fault (the CLI shows it as
/// the option: `--due`, `--value` …).
package struct TargetProblem: Error, Equatable, Sendable, CustomStringConvertible {
  package enum Field: String, Sendable {
    case base, baseValue = "base-value", due, value, stretch, compared, milestone
    case doubleIn = "double-in"
  }

  package var field: Field
  package var message: String

  package init(_ field: Field, _ message: String) {
    self.field = field
    self.message = message
  }

  /// `--due: year 20277 is outside the supported years 1800–2200`.
  package var description: String { "--\(field.rawValue): \(message)" }
}

extension PlanTarget {
  /// The largest growth (% a year), multiple, cumulative change (%) and margin (points) a target
  /// may state: beyond them the path's arithmetic leaves what any plan means.
  package static let maximumGrowth = 1000.0
  package static let maximumMultiple = 1000.0
  package static let maximumCumulative = 100_000.0
  package static let maximumMargin = 100.0

  /// Checks that the target means something before it is stored:
  /// - base, due and milestone years within `SupportedRange.years`; the due year after the base
  ///   year; milestones strictly between them;
  /// - every value finite; a growth or cumulative change above −100% (and at most the maxima
  ///   above); a multiple positive; a share within [0, 100]; a margin within ±100 points;
  /// - a base value, when given, positive where a growth is computed from it (growth, multiple,
  ///   cumulative) and a share within [0, 100] for shares;
  /// - a relative target compared with another region than its own.
  package func validate() throws(TargetProblem) {
    let years = SupportedRange.years
    if let b = basePeriod, !years.contains(b) { throw TargetProblem(.base, SupportedRange.yearMessage(b)) }
    guard years.contains(duePeriod) else { throw TargetProblem(.due, SupportedRange.yearMessage(duePeriod)) }
    if let b = basePeriod, duePeriod <= b {
      throw TargetProblem(.due, "the due year \(duePeriod) must come after the base year \(b)")
    }
    try Self.checkValue(value, kind: kind, field: .value)
    if let stretchValue { try Self.checkValue(stretchValue, kind: kind, field: .stretch) }
    if let baseValue {
      guard baseValue.isFinite else { throw TargetProblem(.baseValue, "\(baseValue) is not a finite number") }
      switch kind {
      case .growth, .multiple, .cumulative:
        guard baseValue > 0 else {
          throw TargetProblem(.baseValue, "\(ValueFormatting.shortest(baseValue)) is not positive; a \(kind.rawValue) target grows from a positive base")
        }
      case .share:
        guard (0...100).contains(baseValue) else {
          throw TargetProblem(.baseValue, "a share is between 0 and 100, not \(ValueFormatting.shortest(baseValue))")
        }
      default: break
      }
    }
    if kind == .relative, let comparedRegion, comparedRegion == region {
      throw TargetProblem(.compared, "'\(comparedRegion)' is the target's own region; compare with another region")
    }
    for m in milestones {
      let start = basePeriod ?? duePeriod
      guard m.period > start, m.period < duePeriod else {
        throw TargetProblem(.milestone, "a milestone in \(m.period) is not between the base year \(start) and the due year \(duePeriod)")
      }
      if !m.value.isNaN, !m.value.isFinite { throw TargetProblem(.milestone, "\(m.value) is not a finite number") }
    }
  }

  static func checkValue(_ v: Double, kind: Kind, field: TargetProblem.Field) throws(TargetProblem) {
    guard v.isFinite else { throw TargetProblem(field, "\(v) is not a finite number") }
    let text = ValueFormatting.shortest(v)
    switch kind {
    case .growth where !(v > -100 && v <= maximumGrowth):
      throw TargetProblem(field, "a growth of \(text)% a year is impossible or implausible; give more than −100 and at most \(ValueFormatting.shortest(maximumGrowth))")
    case .cumulative where !(v > -100 && v <= maximumCumulative):
      throw TargetProblem(field, "a change of \(text)% is impossible or implausible; give more than −100 and at most \(ValueFormatting.shortest(maximumCumulative))")
    case .multiple where !(v > 0 && v <= maximumMultiple):
      throw TargetProblem(field, "a multiple of \(text) means nothing; give a positive multiple, at most \(ValueFormatting.shortest(maximumMultiple)) (2 = doubling)")
    case .share where !(0...100).contains(v):
      throw TargetProblem(field, "a share is between 0 and 100 (%), not \(text)")
    case .relative where abs(v) > maximumMargin:
      throw TargetProblem(field, "a margin of \(text) points is implausible; give at most ±\(ValueFormatting.shortest(maximumMargin))")
    default: break
    }
  }
}
