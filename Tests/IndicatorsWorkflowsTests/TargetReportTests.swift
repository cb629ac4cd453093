import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct TargetReportTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  @Test func targetsList() throws {
    let lines = lines(try TargetList.table(store, region: nil))
    #expect(lines.contains { $0.contains(",gdp,mianyang,level,2023,2027,6000,at_least,") })
  }

  @Test func mianyangReport() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    let english = lines(report.table(chinese: false))
    let gdp = try #require(english.first { $0.contains("2027 GDP ≥ 6000") })
    #expect(gdp.contains(",2023: 4096,2025: 4600.66,10.01%,5.98%,14.2%,limited progress,2027: "))
    #expect(english.contains { $0.contains("2023 GDP real growth ≥ 7.5 %,,2023: 8,,,,met,") })
    #expect(english.contains { $0.contains("no value recorded for 2010") })
    // Multi-year targets come before annual ones.
    let kinds = report.rows.map { $0.target.kind == .annual }
    #expect(kinds == kinds.sorted { !$0 && $1 })
    #expect(report.statusTones == report.rows.map(\.assessment.status.tone))
    let chinese = lines(report.table(chinese: true))
    #expect(chinese.contains { $0.contains("2027 地区生产总值 ≥ 6000 亿元") && $0.contains("进展有限") })
  }

  @Test func doublingWithAMilestone() throws {
    let draft = TargetList.Draft(
      kind: .multiple, base: 2020, baseValue: nil, due: 2025, value: 2, milestoneYears: [3], direction: .higher,
      attribute: .expected, stretch: nil, compared: nil, label: "三年攻坚、五年倍增 (example)", source: "test")
    let added = try TargetList.add(draft, for: SeriesSelector(indicator: "gdp", region: "成都市"), in: store)
    #expect(added.hasPrefix("target ") && added.hasSuffix(": gdp · chengdu · multiple due 2025"))
    let lines = lines(try TargetReport.assess(store, region: "chengdu", asOf: nil).table(chinese: false))
    let doubling = try #require(lines.first { $0.contains("×2 2020–2025") })
    #expect(doubling.contains(",14.87%,"))
    #expect(doubling.contains("第3年 2023"))
  }

  @Test func htmlPageHasAChartPerTarget() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    let html = report.html(chinese: true)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("规划目标进展报告"))
    #expect(html.contains("<svg"))
    #expect(html.contains("绵阳市 · 地区生产总值"))
    #expect(html.contains("<span class=\"status bad\">进展有限</span>"))
    #expect(!html.contains("<script"))
    let sections = report.sections(report.table(chinese: false), chinese: false)
    // Every assessed target has a section: multi-year ones a line chart, annual ones bars.
    #expect(sections.count == report.rows.filter { ![.insufficientData, .notApplicable].contains($0.assessment.status) }.count)
  }

  @Test func asOfAssessesWhatWasKnownThen() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: CalendarDate(parsing: "2024-06-30"))
    let gdp = try #require(lines(report.table(chinese: false)).first { $0.contains("2027 GDP ≥ 6000") })
    #expect(gdp.contains(",2023: 4038.73,2023: 4038.73,") && gdp.contains(",pending,"))
  }
}

@Suite struct TargetReportWordingTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  @Test func chineseReportHasNoEnglishWordsOfItsOwn() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    let table = report.table(language: .zh)
    let words = table.displayRows().flatMap { $0 }.joined(separator: " ")
    #expect(words.contains("基期2023年无数据") && words.contains("2023年实际8，目标10") && words.contains("进展有限"))
    #expect(words.contains("绵阳市") && words.contains("高于四川省"))
    for english in ["mianyang", "sichuan", "no value", "against", "limited", "level", "expected", "at_least"] {
      #expect(!words.contains(english), "\(english)")
    }
  }

  @Test func dataTableIsTypedWithCodes() throws {
    let report = try TargetReport.assess(store, region: "mianyang", asOf: nil)
    for language in Language.allCases {
      let data = report.dataTable(language: language)
      let gdp = try #require(data.rows.first { $0[1].exact == "gdp" && $0[4].exact == "level" })
      let cell = { (key: String, group: String?) in gdp[data.columns.firstIndex { $0.key == key && $0.group == group }!] }
      #expect(cell("region", nil) == .text("mianyang") && cell("status", nil) == .text("limited_progress"))
      guard case .number(let required) = cell("required_per_year", nil), case .number(let probability) = cell("probability", nil) else {
        Issue.record("not numbers")
        return
      }
      // From 4096 in 2023 to 6000 in 2027: (6000/4096)^(1/4) − 1 = 0.1001397, a fraction, not 10.01.
      #expect(abs(required - 0.1001397) < 1e-6)
      #expect(probability > 0 && probability < 1)
      #expect(cell("year", "projection") == .number(2027) && cell("year", "base") == .number(2023))
    }
  }
}
