import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets
import IndicatorsWorkflows
import Testing

/// The report on the bundled data for the rules of issue 13: rate targets, real growth, year-to-date
/// outlooks, regions side by side, milestones and labels.
@Suite struct TargetRulesReportTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  func add(_ indicator: String, _ region: String, _ kind: PlanTarget.Kind, base: Int?, due: Int, value: Double, milestones: [Int] = [], label: String = "") throws {
    let draft = TargetList.Draft(
      kind: kind, base: base, baseValue: nil, due: due, value: value, milestoneYears: milestones, direction: .higher,
      attribute: .expected, stretch: nil, compared: nil, label: label, source: "test")
    _ = try TargetList.add(draft, for: SeriesSelector(indicator: indicator, region: region), in: store)
  }

  /// 年均增长7% 2020–2025 on Mianyang's real growth 8.7, 5.0, 8.0, 7.0, 6.5 (2021–2025):
  /// ∏ = 1.087·1.05·1.08·1.07·1.065 = 1.404675 ≥ 1.07^5 = 1.402552; mean 7.03238%: met.
  @Test func growthTargetOnTheRealGrowthSeries() throws {
    try add("gdp_growth", "mianyang", .growth, base: 2020, due: 2025, value: 7)
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    let row = try #require(report.rows.first { $0.target.indicator == "gdp_growth" && $0.target.kind == .growth })
    #expect(row.assessment.rule == .meanOfRates)
    #expect(abs(try #require(row.assessment.actualPerYear) - 7.032383499847317) < 1e-9)
    #expect(row.assessment.status == .met)
    let line = try #require(lines(report.table(chinese: true)).first { $0.contains("2020–2025年均增长 7%") })
    #expect(line.contains(",7.03%,") && line.contains("已实现"))
    let data = try #require(lines(report.dataTable(language: .zh)).first { $0.contains(",mean_of_rates,") })
    #expect(data.contains(",mean_of_rates,0.0700000000000000") && data.contains(",0.0703238349984"))
  }

  /// The same target on GDP (current prices) is measured on gdp_growth and says so; 2020–2027 with
  /// five years in needs (1.07^7/1.404675)^(1/2) − 1 = 6.91908% a year for the last two.
  @Test func growthTargetOnCurrentPriceGDPUsesRealGrowth() throws {
    try add("gdp", "mianyang", .growth, base: 2020, due: 2027, value: 7)
    let report = try TargetReport.assess(store, region: "mianyang", asOf: CalendarDate(parsing: "2026-06-30"))
    let row = try #require(report.rows.first { $0.target.indicator == "gdp" && $0.target.kind == .growth })
    #expect(row.assessment.basis == .real("gdp_growth"))
    #expect(row.measured.code == "gdp_growth")
    #expect(abs(try #require(row.assessment.remainingPerYear) - 6.919084109647322) < 1e-9)
    #expect(lines(report.table(chinese: true)).contains { $0.contains("按可比价格(实际增速 gdp_growth)") })
    // Chengdu has no real growth series before 2018 … but has one: a region without it reads nominal.
    try add("industrial_investment", "mianyang", .growth, base: 2020, due: 2027, value: 7)
    let nominal = try TargetReport.assess(store, region: "mianyang", asOf: nil).rows.first { $0.target.indicator == "industrial_investment" }
    #expect(nominal?.assessment.basis == .nominal)
  }

  /// A stored target whose kind means nothing on its series is reported, not assessed.
  @Test func aMeaninglessPairIsRefusedAtAddAndReportedIfStored() throws {
    #expect(throws: WorkflowError.self) { try add("gdp_growth", "mianyang", .multiple, base: 2020, due: 2025, value: 2) }
    try store.addTarget(PlanTarget(
      indicator: "gdp_growth", region: "mianyang", kind: .multiple, basePeriod: 2020, duePeriod: 2025, value: 2,
      source: SourceReference(title: "old")))
    let table = try TargetReport.assess(store, region: "mianyang", asOf: nil).table(chinese: true)
    #expect(lines(table).contains { $0.contains("不适用") && $0.contains("倍增目标只适用于总量指标") })
  }

  /// 三年攻坚、五年倍增 on Chengdu's GDP: the label in the table and on the page, the milestone's
  /// status on the chart.
  @Test func doublingWithMilestoneShowsLabelAndMilestoneStatus() throws {
    try add("gdp", "chengdu", .multiple, base: 2020, due: 2025, value: 2, milestones: [3], label: "三年攻坚、五年倍增")
    let report = try TargetReport.assess(store, region: "chengdu", asOf: nil)
    let line = try #require(lines(report.table(chinese: true)).first { $0.contains("×2 2020–2025") && $0.contains(",三年攻坚、五年倍增；") })
    // The milestone 17717·2^(3/5) = 26853.6 in 2023 against 22074.72: missed.
    #expect(line.contains("第3年（2023年）26854：未实现"))
    #expect(lines(report.dataTable(language: .zh)).contains { $0.contains("×2 2020–2025") && $0.hasSuffix(",三年攻坚、五年倍增") })
    #expect(lines(try TargetList.table(store, region: "chengdu")).contains { $0.hasSuffix(",test,三年攻坚、五年倍增") })
    let html = report.html(chinese: true)
    #expect(html.contains("三年攻坚、五年倍增"))
    #expect(html.contains("第3年 未实现"))
  }

  /// Annual targets get a bar chart on the page.
  @Test func annualTargetsHaveBarCharts() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    let sections = report.sections(report.table(chinese: true), chinese: true)
    let annual = try #require(sections.first { $0.heading.contains("2023 地区生产总值增速 ≥ 7.5") })
    #expect(annual.chart.contains("<svg") && annual.chart.contains("目标 7.5"))
  }

  /// Regions side by side: Mianyang's 2023 growth target applied to Chengdu and Sichuan (8, 6, 6
  /// against 7.5), a level target left to its own region.
  @Test func regionsSideBySide() throws {
    let comparison = try RegionComparison.assess(store, regions: RegionComparison.names("mianyang, 成都市，sichuan"), asOf: nil)
    #expect(comparison.regions.map(\.code) == ["mianyang", "chengdu", "sichuan"])
    let table = comparison.table(chinese: true)
    #expect(table.columns.map(\.key).contains("chengdu_probability"))
    let growth = try #require(lines(table).first { $0.hasPrefix("gdp_growth,2023 地区生产总值增速 ≥ 7.5 %") })
    #expect(growth.contains("2023: 8,8,已实现,") && growth.contains("2023: 6,6,未实现（参照）"))
    let level = try #require(lines(table).first { $0.hasPrefix("gdp,2027 地区生产总值 ≥ 6000") })
    #expect(level.components(separatedBy: "—").count == 3)
    #expect(throws: (any Error).self) { try RegionComparison.assess(store, regions: ["mianyang", "nowhere"], asOf: nil) }
  }
}

/// The year-to-date outlook through the store: synthetic retail sales of the hi-tech zone (no
/// sourced 2024 year-to-date figures are bundled), levels for 2021–2023 and January–September of
/// 2021–2024, published 2024-10-20.
@Suite struct YearToDateReportTests {
  @Test func annualTargetFromYearToDateFigures() throws {
    let store = try sampleStore()
    let csv = """
      indicator,region,period,value,unit,published
      retail_sales,mianyang_hitech_zone,2021YTD9,720,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2022YTD9,814,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2023YTD9,876,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2024YTD9,950,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2021,1000,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2022,1100,亿元,2024-10-20
      retail_sales,mianyang_hitech_zone,2023,1200,亿元,2024-10-20
      """
    _ = try ImportWorkflow.load("ytd.csv", ObservationFile.parse(bytes: Array(csv.utf8), file: "ytd.csv"), into: store)
    try store.addTarget(PlanTarget(
      indicator: "retail_sales", region: "mianyang_hitech_zone", kind: .annual, basePeriod: nil, duePeriod: 2024, value: 1300,
      source: SourceReference(title: "test")))
    let report = try TargetReport.assess(store, region: "mianyang_hitech_zone", asOf: CalendarDate(parsing: "2024-10-31"))
    let row = try #require(report.rows.first { $0.target.indicator == "retail_sales" })
    // Shares 0.72, 0.74, 0.73: 950/0.73 = 1301.37; Q4 needs (1300 − 950)/(1200 − 876) − 1 = 8.0247%.
    #expect(abs(try #require(row.assessment.projection?.mean) - 950 / 0.73) < 1e-6)
    let line = try #require(lines(report.table(chinese: true)).first { $0.contains("2024 社会消费品零售总额 ≥ 1300") })
    #expect(line.contains("2024年1-9月累计 950，全年预计 1301.37（按2021–2023年同期占全年比重）；四季度需增长 8.0%"))
    let data = try #require(lines(report.dataTable(language: .zh)).first { $0.contains("2024 社会消费品零售总额 ≥ 1300") })
    #expect(data.contains(",2024YTD9,0.0802469"))
  }
}
