import Foundation
import IndicatorsCore
import IndicatorsTargets
import Testing

/// Each measure kind's rule, with expected values computed by hand (the arithmetic is in the comments).
@Suite struct TargetRuleTests {
  static let source = SourceReference(title: "test")
  static let percent = MeasurementUnit(symbol: "%")!
  static let gdp = IndicatorDefinition(
    code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level,
    priceBasis: "current")
  static let realGrowth = IndicatorDefinition(
    code: "gdp_growth", nameZh: "地区生产总值增速", nameEn: "GDP real growth", unit: percent, measureKind: .rate,
    priceBasis: "constant")
  static let share = IndicatorDefinition(code: "rd_intensity", nameZh: "研发强度", nameEn: "R&D", unit: percent, measureKind: .share)
  static let rank = IndicatorDefinition(code: "rank", nameZh: "排名", nameEn: "rank", unit: MeasurementUnit(symbol: "位")!, measureKind: .rank)

  static func points(_ values: [Int: Double]) -> [SeriesPoint] { TargetAssessorTests.points(values) }

  static func target(_ kind: PlanTarget.Kind, _ indicator: String = "gdp_growth", base: Int? = 2020, due: Int = 2025, value: Double) -> PlanTarget {
    PlanTarget(indicator: indicator, region: "x", kind: kind, basePeriod: base, duePeriod: due, value: value, source: source)
  }

  @Test(arguments: [
    (PlanTarget.Kind.growth, MeasureKind.level, TargetRule.compoundGrowth), (.growth, .count, .compoundGrowth),
    (.growth, .rate, .meanOfRates), (.cumulative, .rate, .meanOfRates), (.multiple, .level, .compoundGrowth),
    (.level, .share, .pointChange), (.share, .ratio, .pointChange), (.level, .rank, .pointChange),
    (.annual, .rate, .yearValue), (.annual, .rank, .yearValue), (.relative, .rate, .margin),
    (.cumulative, .ratio, .compoundGrowth),
  ])
  func meaningfulPairs(_ kind: PlanTarget.Kind, _ measure: MeasureKind, _ rule: TargetRule) throws {
    #expect(try TargetRule.rule(for: kind, on: measure).get() == rule)
  }

  @Test(arguments: [
    (PlanTarget.Kind.multiple, MeasureKind.rate), (.growth, .share), (.growth, .ratio), (.growth, .rank),
    (.share, .level), (.multiple, .share), (.relative, .level), (.cumulative, .share),
  ])
  func refusedPairs(_ kind: PlanTarget.Kind, _ measure: MeasureKind) {
    guard case .failure(let problem) = TargetRule.rule(for: kind, on: measure) else {
      Issue.record("\(kind) on \(measure) was accepted")
      return
    }
    #expect(problem.description.contains("no meaning on a \(measure.rawValue) series"))
    #expect(!problem.chinese.isEmpty)
  }

  /// A stored target that means nothing is reported as not applicable, with the reason.
  @Test func aDoublingOfAGrowthRateIsNotApplicable() {
    let a = TargetAssessor.assess(Self.target(.multiple, value: 2), indicator: Self.realGrowth, points: Self.points([2020: 7, 2021: 8]))
    #expect(a.status == .notApplicable)
    #expect(a.rule == nil)
    #expect(a.note.contains("multiple"))
  }

  /// 年均增长7% 2020–2025 on yearly rates 8, 3, 5 (2021–2023):
  /// A = 1.08·1.03·1.05 = 1.16802; mean (A^(1/3) − 1) = 5.31335%; ratio 5.31335/7 = 0.75905 (needs
  /// acceleration); still needed (1.07^5/A)^(1/2) − 1 = 9.58076%; path year 2020 + ln A/ln 1.07 =
  /// 2022.2955, 0.7045 years behind; progress ln A / ln 1.07^5 = 0.45910 at time 3/5.
  @Test func growthTargetOnARateSeriesIsTheGeometricMeanOfTheRates() throws {
    let a = TargetAssessor.assess(Self.target(.growth, value: 7), indicator: Self.realGrowth, points: Self.points([2019: 6, 2020: 4, 2021: 8, 2022: 3, 2023: 5]))
    #expect(a.rule == .meanOfRates)
    #expect(abs(try #require(a.requiredPerYear) - 7) < 1e-12)
    #expect(abs(try #require(a.actualPerYear) - 5.313349660160882) < 1e-9)
    #expect(abs(try #require(a.ratio) - 0.7590499514515546) < 1e-9)
    #expect(a.status == .needsAcceleration)
    #expect(abs(try #require(a.remainingPerYear) - 9.580759094936653) < 1e-9)
    #expect(abs(try #require(a.yearsAhead) - -0.7045062079948821) < 1e-9)
    #expect(abs(try #require(a.progressShare) - 0.4590987584010419) < 1e-9)
    #expect(abs(try #require(a.timeShare) - 0.6) < 1e-12)
    #expect(a.latestYear == 2023 && a.latestValue == 5)
  }

  /// Every year observed: met when the geometric mean reaches the goal. Rates 8, 6, 7, 7, 7 average
  /// 7.0 but 1.08·1.06 = 1.1448 < 1.07² = 1.1449, so the product falls short of 1.07^5; with 6.01
  /// instead of 6, 1.08·1.0601 = 1.144908 clears it.
  @Test func completeRatesAreMetOrMissedOnTheGeometricMean() {
    let missed = TargetAssessor.assess(Self.target(.growth, value: 7), indicator: Self.realGrowth, points: Self.points([2021: 8, 2022: 6, 2023: 7, 2024: 7, 2025: 7]))
    #expect(missed.status == .missed)
    let met = TargetAssessor.assess(Self.target(.growth, value: 7), indicator: Self.realGrowth, points: Self.points([2021: 8, 2022: 6.01, 2023: 7, 2024: 7, 2025: 7]))
    #expect(met.status == .met)
    // The arithmetic mean (7.0) would have called both met.
  }

  /// 累计增长40% over 2020–2025 on rates: required mean 1.4^(1/5) − 1 = 6.96104%.
  @Test func cumulativeOnRates() throws {
    let a = TargetAssessor.assess(Self.target(.cumulative, value: 40), indicator: Self.realGrowth, points: Self.points([2021: 8]))
    #expect(abs(try #require(a.requiredPerYear) - (pow(1.4, 0.2) - 1) * 100) < 1e-12)
    #expect(abs((pow(1.4, 0.2) - 1) * 100 - 6.961037) < 1e-5)
  }

  /// 年均增长7% on current-price GDP: with the region's real growth series, measured on it (mean of
  /// rates 8, 3, 5 = 5.31335%); without it, on the level's nominal CAGR 100 → 130 in three years,
  /// 1.3^(1/3) − 1 = 9.13929%, said to be nominal.
  @Test func growthOnACurrentPriceLevelUsesRealGrowthWhenItExists() throws {
    let target = Self.target(.growth, "gdp", value: 7)
    let levels = Self.points([2020: 100, 2021: 110, 2022: 120, 2023: 130])
    let real = TargetAssessor.assess(
      target, indicator: Self.gdp, points: levels, realGrowth: (Self.realGrowth, Self.points([2020: 4, 2021: 8, 2022: 3, 2023: 5])))
    #expect(real.basis == .real("gdp_growth"))
    #expect(real.rule == .meanOfRates)
    #expect(abs(try #require(real.actualPerYear) - 5.313349660160882) < 1e-9)
    #expect(real.status == .needsAcceleration)
    let nominal = TargetAssessor.assess(target, indicator: Self.gdp, points: levels)
    #expect(nominal.basis == .nominal)
    #expect(abs(try #require(nominal.actualPerYear) - 9.139288306110593) < 1e-9)
    #expect(nominal.status == .onTrack)
    #expect(GrowthBasis.nominal.words(chinese: true) == "名义增速，未扣除价格因素")
  }

  @Test func theRealGrowthSeriesIsTheConstantPriceGrowthOfTheSameCode() {
    let nominalRate = IndicatorDefinition(code: "gdp_growth", nameZh: "", nameEn: "", unit: Self.percent, measureKind: .rate)
    #expect(GrowthBasis.realGrowthIndicator(for: Self.gdp, in: [Self.share, Self.realGrowth]) == Self.realGrowth)
    #expect(GrowthBasis.realGrowthIndicator(for: Self.gdp, in: [nominalRate]) == nil)
    var constant = Self.gdp
    constant.priceBasis = "constant"
    #expect(GrowthBasis.realGrowthIndicator(for: constant, in: [Self.realGrowth]) == nil)
  }

  /// A share target moves in points: 2.0% (2020) to 3.0% (2025) is 0.2 points a year; at 2.3% in
  /// 2022 the actual is 0.15 points a year, ratio 0.75.
  @Test func sharesMoveInPoints() throws {
    let a = TargetAssessor.assess(Self.target(.share, "rd_intensity", value: 3), indicator: Self.share, points: Self.points([2020: 2, 2022: 2.3]))
    #expect(a.rule == .pointChange)
    #expect(!a.geometric)
    #expect(abs(try #require(a.requiredPerYear) - 0.2) < 1e-12)
    #expect(abs(try #require(a.actualPerYear) - 0.15) < 1e-12)
    #expect(a.status == .needsAcceleration)
  }

  /// A rank to reach (lower is better) moves in places: 70 (2020) to 50 (2025) is −4 a year.
  @Test func ranksMoveInPlaces() throws {
    var target = Self.target(.level, "rank", value: 50)
    target.direction = .lower
    let a = TargetAssessor.assess(target, indicator: Self.rank, points: Self.points([2020: 70, 2022: 62]))
    #expect(abs(try #require(a.requiredPerYear) - -4) < 1e-12)
    #expect(a.status == .onTrack)
  }
}
