import Foundation
import IndicatorsCore
import IndicatorsTargets
import Testing

@Suite struct TargetAssessorTests {
  static let gdp = IndicatorDefinition(code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level)
  static let growth = IndicatorDefinition(code: "gdp_growth", nameZh: "增速", nameEn: "growth", unit: MeasurementUnit(symbol: "%")!, measureKind: .rate)
  static let source = SourceReference(title: "test")

  static func points(_ values: [Int: Double]) -> [SeriesPoint] {
    values.keys.sorted().map { SeriesPoint(period: .year($0), value: values[$0]!, qualifier: .exact, status: .normal) }
  }

  /// 五年倍增: doubling in five years needs 2^(1/5) − 1 = 14.87% a year; 三年攻坚 sits at
  /// 2^(3/5) = 1.516× the base.
  @Test func doublingInFiveYearsWithAThreeYearMilestone() {
    let target = PlanTarget(
      indicator: "gdp", region: "x", kind: .multiple, basePeriod: 2020, duePeriod: 2025, value: 2,
      milestones: [.init(period: 2023, value: .nan, label: "三年攻坚")], source: Self.source)
    let a = TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2018: 90, 2019: 95, 2020: 100, 2021: 115]))
    #expect(abs(a.requiredPerYear! - 14.869835499703) < 1e-9)
    #expect(abs(a.targetLevel! - 200) < 1e-12)
    #expect(abs(a.milestones[0].milestone.value - 100 * pow(2, 0.6)) < 1e-9)
    #expect(abs(a.milestones[0].milestone.value / 100 - 1.5157165665) < 1e-9)
    // One year at 15% against 14.87% required: ratio 1.0087, on track, slightly ahead.
    #expect(abs(a.actualPerYear! - 15) < 1e-9)
    #expect(a.status == .onTrack)
    #expect(a.yearsAhead! > 0)
    #expect(abs(a.remainingPerYear! - (pow(200 / 115, 0.25) - 1) * 100) < 1e-9)
    #expect(abs(a.timeShare! - 0.2) < 1e-12)
  }

  @Test func eurostatClasses() {
    func status(latest: Double) -> TargetAssessment.Status {
      let target = PlanTarget(indicator: "gdp", region: "x", kind: .level, basePeriod: 2020, duePeriod: 2030, value: 200, source: Self.source)
      return TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2020: 100, 2022: latest])).status
    }
    // Required 7.177% a year; two years at g: ratio g/7.177.
    #expect(status(latest: 100 * pow(1.07, 2)) == .onTrack)  // 97.5%
    #expect(status(latest: 100 * pow(1.05, 2)) == .needsAcceleration)  // 69.7%
    #expect(status(latest: 100 * pow(1.02, 2)) == .limitedProgress)  // 27.9%
    #expect(status(latest: 95) == .movingAway)
  }

  @Test func aTargetAlreadyMetIsMet() {
    let target = PlanTarget(indicator: "gdp", region: "x", kind: .level, basePeriod: 2020, duePeriod: 2023, value: 4000, qualifier: .atLeast, source: Self.source)
    let a = TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2020: 3010, 2021: 3350, 2022: 3627, 2023: 4038.73]))
    #expect(a.status == .met)
    let early = PlanTarget(indicator: "gdp", region: "x", kind: .level, basePeriod: 2020, duePeriod: 2027, value: 4000, source: Self.source)
    let b = TargetAssessor.assess(early, indicator: Self.gdp, points: Self.points([2020: 3010, 2021: 3350, 2022: 3627, 2023: 4038.73]))
    #expect(b.status == .onTrack)
    #expect(b.projectedYearReached == 2023)
  }

  /// A 13.5% reduction over five years (lower is better): 100 → 86.5, −2.86% a year required.
  @Test func lowerIsBetter() {
    let target = PlanTarget(indicator: "gdp", region: "x", kind: .cumulative, basePeriod: 2020, duePeriod: 2025, value: -13.5, direction: .lower, source: Self.source)
    let a = TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2020: 100, 2021: 97, 2022: 94]))
    #expect(abs(a.targetLevel! - 86.5) < 1e-12)
    #expect(abs(a.requiredPerYear! - (pow(0.865, 0.2) - 1) * 100) < 1e-12)
    #expect(a.status == .onTrack)  // −3.05% a year against −2.86%
    let rising = TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2020: 100, 2021: 101]))
    #expect(rising.status == .movingAway)
  }

  /// 增速高于全省1个百分点: the average gap over the years so far.
  @Test func relativeToAnotherRegion() {
    let target = PlanTarget(indicator: "gdp_growth", region: "mianyang", kind: .relative, basePeriod: 2023, duePeriod: 2027, value: 1, comparedRegion: "sichuan", source: Self.source)
    let a = TargetAssessor.assess(
      target, indicator: Self.growth, points: Self.points([2024: 6.6, 2025: 6.5]),
      comparedPoints: Self.points([2024: 5.7, 2025: 5.5]))
    #expect(abs(a.actualPerYear! - 0.95) < 1e-12)
    #expect(a.status == .needsAcceleration)
  }

  @Test func annualTargetsAreMetOrMissed() {
    let target = PlanTarget(indicator: "gdp_growth", region: "x", kind: .annual, basePeriod: nil, duePeriod: 2023, value: 7.5, source: Self.source)
    #expect(TargetAssessor.assess(target, indicator: Self.growth, points: Self.points([2023: 8.0])).status == .met)
    #expect(TargetAssessor.assess(target, indicator: Self.growth, points: Self.points([2023: 6.4])).status == .missed)
  }

  @Test func tooLittleDataIsSaidPlainly() {
    let target = PlanTarget(indicator: "gdp", region: "x", kind: .level, basePeriod: 2023, duePeriod: 2027, value: 200, source: Self.source)
    let none = TargetAssessor.assess(target, indicator: Self.gdp, points: [])
    #expect(none.status == .insufficientData)
    #expect(none.note.contains("base year 2023"))
    let baseOnly = TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points([2023: 150]))
    #expect(baseOnly.status == .pending)
  }

  /// The probability of meeting a target is about ½ at the projected value, small far above it,
  /// large far below it, and falls as the target rises.
  @Test func probabilityFollowsTheProjection() throws {
    let history = Dictionary(uniqueKeysWithValues: (2005...2023).map { ($0, 100.0 * Foundation.pow(1.08, Double($0 - 2005)) * (1.0 + 0.01 * Foundation.sin(Double($0)))) })
    func assessment(_ value: Double) -> TargetAssessment {
      let target = PlanTarget(indicator: "gdp", region: "x", kind: .level, basePeriod: 2020, duePeriod: 2027, value: value, source: Self.source)
      return TargetAssessor.assess(target, indicator: Self.gdp, points: Self.points(history))
    }
    let projected = try #require(assessment(500).projection).mean
    let probabilities = [0.7, 0.9, 1.0, 1.1, 1.5].map { assessment(projected * $0).probability! }
    #expect(probabilities == probabilities.sorted(by: >))
    #expect(probabilities[0] > 0.9)
    #expect(abs(probabilities[2] - 0.5) < 0.1)
    #expect(probabilities[4] < 0.1)
  }
}
