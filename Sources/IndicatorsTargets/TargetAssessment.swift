import IndicatorsCore

/// Where a target stands, in numbers a person can check.
package struct TargetAssessment: Sendable {
  /// Progress classes after Eurostat's method for targets with a quantified value (Eurostat,
  /// "Sustainable development in the European Union — 2023 monitoring report", Annex II; Statistics
  /// Canada uses the same ratio): the ratio of the actual average growth since the base year to the
  /// growth required to reach the target on time. ≥ 95% on track; 60–95% needs acceleration;
  /// 0–60% limited progress; < 0 moving away. Targets whose due year has data are met or missed.
  package enum Status: String, Sendable, CaseIterable {
    case met, missed
    case onTrack = "on_track"
    case needsAcceleration = "needs_acceleration"
    case limitedProgress = "limited_progress"
    case movingAway = "moving_away"
    /// No value since the base year, or none at all for an annual target: only a projection.
    case pending
    case insufficientData = "insufficient_data"
    /// The target's kind has no meaning on the series' measure kind (see `TargetRule`).
    case notApplicable = "not_applicable"

    package var chinese: String {
      switch self {
      case .met: "已实现"
      case .missed: "未实现"
      case .onTrack: "进度正常"
      case .needsAcceleration: "需加快"
      case .limitedProgress: "进展有限"
      case .movingAway: "偏离目标"
      case .pending: "待观察"
      case .insufficientData: "数据不足"
      case .notApplicable: "不适用"
      }
    }

    /// The status in the report's language.
    package func word(chinese: Bool) -> String { chinese ? self.chinese : rawValue }

    /// Eurostat's class for the ratio of actual to required growth: ≥ 0.95 on track, 0.6–0.95
    /// needs acceleration, 0–0.6 limited progress, < 0 moving away. The thresholds live here only.
    package static func progress(ratio: Double) -> Status {
      ratio >= 0.95 ? .onTrack : ratio >= 0.6 ? .needsAcceleration : ratio >= 0 ? .limitedProgress : .movingAway
    }

    /// How a report colours the status: good news, a warning, bad news, or neither.
    package var tone: Tone {
      switch self {
      case .met, .onTrack: .good
      case .needsAcceleration: .warn
      case .missed, .limitedProgress, .movingAway: .bad
      case .pending, .insufficientData, .notApplicable: .none
      }
    }
  }

  package struct Projection: Sendable {
    package var year: Int
    package var mean: Double
    package var lower80: Double
    package var upper80: Double
    package var lower95: Double
    package var upper95: Double
    /// How the model made its intervals.
    package var method: String
  }

  package struct MilestoneCheck: Sendable {
    package var milestone: PlanTarget.Milestone
    package var status: Status
    package var actual: Double?
    package var probability: Double?
  }

  package var target: PlanTarget
  /// How the target was measured (nil when its kind has no meaning on the series).
  package var rule: TargetRule?
  /// For growth on a level series: real growth from a constant-price rate series, or nominal.
  package var basis: GrowthBasis?
  /// For an annual target in a year with year-to-date figures: the full-year outlook.
  package var yearToDate: YearToDateOutlook?
  package var status: Status
  /// Why, when data are insufficient or the status needs a word; a report words them (`TargetNote.text`).
  package var notes: [TargetNote]
  /// Whether the per-year figures are growth in % (a geometric path, or a mean of yearly rates)
  /// rather than a change in the indicator's unit.
  package var isPercentPerYear: Bool { geometric || rule == .meanOfRates }
  /// The notes in English, one sentence; setting it replaces them with that text.
  package var note: String {
    get { notes.map { $0.text(.en) }.joined(separator: "; ") }
    set { notes = newValue.isEmpty ? [] : [.text(newValue)] }
  }
  /// The level the target amounts to at the due year (e.g. 2× the base for a doubling).
  package var targetLevel: Double?
  package var baseYear: Int?
  package var baseValue: Double?
  package var latestYear: Int?
  package var latestValue: Double?
  /// Per year: growth in % on a geometric path, change in units on a straight one.
  package var requiredPerYear: Double?
  package var actualPerYear: Double?
  package var remainingPerYear: Double?
  /// `true` when the path is geometric (growth rates), `false` for a straight line (shares, rates).
  package var geometric: Bool
  /// Share of the way from base to target covered, and share of the time elapsed.
  package var progressShare: Double?
  package var timeShare: Double?
  /// Actual over required growth, the Eurostat ratio.
  package var ratio: Double?
  /// Positive: the latest value is where the required path would be that many years later.
  package var yearsAhead: Double?
  /// The `auto` forecast for every year from the latest value to the due year.
  package var projectionPath: [Projection] = []
  /// The projection for the due year.
  package var projection: Projection? { projectionPath.last }
  package var probability: Double?
  package var stretchProbability: Double?
  /// The first year the central projection reaches the target, if within ten years after the due year.
  package var projectedYearReached: Int?
  package var milestones: [MilestoneCheck]
  /// The required path from base to target, year by year, for charts.
  package var requiredPath: [(year: Int, value: Double)]
}
