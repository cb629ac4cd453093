import Foundation
import IndicatorsCore
import IndicatorsTargets
import Testing

/// The full-year outlook from year-to-date figures, on synthetic figures computed by hand.
@Suite struct YearToDateOutlookTests {
  static let source = SourceReference(title: "test")

  static func points(annual: [Int: Double], ytd: [Int: Double], month: Int = 9) -> [SeriesPoint] {
    TargetAssessorTests.points(annual)
      + ytd.map { SeriesPoint(period: .yearToDate($0.key, throughMonth: month), value: $0.value, qualifier: .exact, status: .normal) }
  }

  static func annualTarget(_ indicator: String, _ value: Double) -> PlanTarget {
    PlanTarget(indicator: indicator, region: "x", kind: .annual, basePeriod: nil, duePeriod: 2024, value: value, source: source)
  }

  /// Levels: January–September held 72%, 74% and 73% of 2021–2023's totals (100, 110, 120);
  /// 2024's 95 projects to 95/0.73 = 130.137. The last quarter needs (130 − 95)/(120 − 87.6) − 1 =
  /// 8.0247% over 2023's. Shares sd 0.01, scale 0.01·√(4/3) = 0.011547, t(2 dof) at
  /// (95/130 − 0.73)/0.011547 = 0.066617: P = 0.5 + t/(2√(2 + t²)) = 0.52353.
  @Test func levelsFromLastYearsShares() throws {
    let points = Self.points(annual: [2021: 100, 2022: 110, 2023: 120], ytd: [2021: 72, 2022: 81.4, 2023: 87.6, 2024: 95])
    let o = try #require(YearToDateOutlook.outlook(for: Self.annualTarget("retail_sales", 130), rate: false, points: points))
    #expect(o.period == .yearToDate(2024, throughMonth: 9))
    #expect(o.method == .shareOfYear)
    #expect(o.pastYears == [2021, 2022, 2023])
    #expect(abs(o.weight - 0.73) < 1e-12)
    #expect(abs(o.projection - 95 / 0.73) < 1e-9)
    #expect(abs(try #require(o.remainingGrowthNeeded) - 8.024691358024691) < 1e-9)
    #expect(abs(try #require(o.probability) - 0.5235266983458222) < 1e-6)
    // 95% bounds: t(2 dof, 0.975) = 4.302653; Y/(s̄ ± t·scale).
    let t95 = 4.302652729911275, scale = 0.01 * (4.0 / 3).squareRoot()
    #expect(abs(try #require(o.lower95) - 95 / (0.73 + t95 * scale)) < 1e-6)
    #expect(abs(try #require(o.upper95) - 95 / (0.73 - t95 * scale)) < 1e-6)
    #expect(o.remainingMonthsChinese == "四季度")
  }

  /// Rates: 1–9月 growth 6.0% against an annual 6.5%; GDP's first nine months were 75% of 2023's
  /// total, so Q4 needs (6.5 − 0.75·6)/0.25 = 8.0%. Annual minus 1–9月 growth in 2021–2023:
  /// −0.4, 0.2, −0.1 (mean −0.1): projection 5.9; scale sd·√(4/3) = 0.34641; P(≥ 6.5) with
  /// t = 0.6/0.34641 = 1.73205 on 2 dof: 1 − (0.5 + t/(2√(2 + t²))) = 0.11270.
  @Test func ratesWeightedByLastYearsLevels() throws {
    let rates = Self.points(annual: [2021: 8.0, 2022: 5.0, 2023: 6.0], ytd: [2021: 8.4, 2022: 4.8, 2023: 6.1, 2024: 6.0])
    let levels = Self.points(annual: [2023: 100], ytd: [2023: 75])
    let o = try #require(YearToDateOutlook.outlook(for: Self.annualTarget("gdp_growth", 6.5), rate: true, points: rates, levels: levels))
    #expect(o.method == .growthDifference)
    #expect(abs(o.weight - 0.75) < 1e-12)
    #expect(abs(try #require(o.remainingGrowthNeeded) - 8.0) < 1e-12)
    #expect(abs(o.projection - 5.9) < 1e-12)
    #expect(abs(try #require(o.probability) - 0.11270166537925852) < 1e-6)
  }

  /// Without levels the months weigh m/12; without past years the projection is the growth so far.
  @Test func ratesWithoutHistoryAssumeAnEvenYear() throws {
    let rates = Self.points(annual: [:], ytd: [2024: 6.0])
    let o = try #require(YearToDateOutlook.outlook(for: Self.annualTarget("gdp_growth", 6.5), rate: true, points: rates))
    #expect(o.method == .sameGrowth)
    #expect(abs(o.weight - 0.75) < 1e-12)
    #expect(o.projection == 6.0)
    #expect(o.probability == nil && o.lower95 == nil)
    #expect(abs(try #require(o.remainingGrowthNeeded) - 8.0) < 1e-12)
  }

  /// The assessor attaches the outlook to an annual target of a year under way and takes its
  /// probability; once the year's value is in, the target is met or missed on it.
  @Test func theAssessorUsesTheOutlookUntilTheYearIsIn() throws {
    let indicator = IndicatorDefinition(code: "retail_sales", nameZh: "社零", nameEn: "retail", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level)
    var points = Self.points(annual: [2021: 100, 2022: 110, 2023: 120], ytd: [2021: 72, 2022: 81.4, 2023: 87.6, 2024: 95])
    let a = TargetAssessor.assess(Self.annualTarget("retail_sales", 130), indicator: indicator, points: points, currentYear: 2024)
    #expect(a.yearToDate?.period == .yearToDate(2024, throughMonth: 9))
    #expect(a.status == .pending)
    #expect(abs(try #require(a.probability) - 0.5235266983458222) < 1e-6)
    #expect(abs(try #require(a.projection?.mean) - 95 / 0.73) < 1e-9)
    points += TargetAssessorTests.points([2024: 131])
    let done = TargetAssessor.assess(Self.annualTarget("retail_sales", 130), indicator: indicator, points: points, currentYear: 2025)
    #expect(done.yearToDate == nil)
    #expect(done.status == .met)
  }
}
