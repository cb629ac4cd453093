import IndicatorsCore
import IndicatorsTargets
import Testing

@Suite struct StatusTests {
  typealias Status = TargetAssessment.Status

  /// Eurostat's classes for the ratio of actual to required growth, at and around each threshold.
  @Test(arguments: [
    (1.2, Status.onTrack), (0.95, .onTrack), (0.9499, .needsAcceleration), (0.6, .needsAcceleration),
    (0.5999, .limitedProgress), (0, .limitedProgress), (-0.0001, .movingAway),
  ])
  func progressClasses(_ ratio: Double, _ status: Status) {
    #expect(Status.progress(ratio: ratio) == status)
  }

  @Test func tones() {
    #expect(Status.allCases.filter { $0.tone == .good } == [.met, .onTrack])
    #expect(Status.allCases.filter { $0.tone == .warn } == [.needsAcceleration])
    #expect(Status.allCases.filter { $0.tone == .bad } == [.missed, .limitedProgress, .movingAway])
    #expect(Status.allCases.filter { $0.tone == .none } == [.pending, .insufficientData, .notApplicable])
  }

  @Test func words() {
    #expect(Status.limitedProgress.word(chinese: false) == "limited_progress")
    #expect(Status.limitedProgress.word(chinese: true) == "进展有限")
  }

  /// A margin over another region is on track only when the average gap meets it.
  @Test func relativeTargetShortOfItsMarginNeedsAcceleration() {
    let target = PlanTarget(
      indicator: "gdp_growth", region: "a", kind: .relative, basePeriod: 2020, duePeriod: 2025, value: 1,
      comparedRegion: "b", source: SourceReference(title: "t"))
    let own = TargetAssessorTests.points([2021: 8.0, 2022: 7.97])
    let theirs = TargetAssessorTests.points([2021: 7.0, 2022: 7.0])
    let a = TargetAssessor.assess(target, indicator: TargetAssessorTests.growth, points: own, comparedPoints: theirs)
    #expect(abs((a.ratio ?? 0) - 0.985) < 1e-9)
    #expect(a.status == .needsAcceleration)
  }
}
