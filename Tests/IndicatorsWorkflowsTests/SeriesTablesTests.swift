import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct SeriesTablesTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  @Test func listShowsRangeCountAndLatest() throws {
    let table = try SeriesTables.list(store, region: nil, asOf: nil, chinese: false)
    #expect(table.headers(chinese: false) == ["indicator", "name", "region", "unit", "first", "last", "count", "latest", "latest_qualifier"])
    #expect(lines(table).contains("gdp,GDP,mianyang,亿元,2006,2025,22,4600.66,"))
    let chinese = try SeriesTables.list(store, region: "mianyang", asOf: nil, chinese: true)
    #expect(lines(chinese).contains("gdp,地区生产总值,mianyang,亿元,2006,2025,22,4600.66,"))
    // On screen: the region's name and the period as a reader writes it; in files, the codes.
    let screen = chinese.text(chineseHeaders: true)
    #expect(screen.contains("绵阳市") && !screen.contains("mianyang"))
  }

  @Test func showTakesTheLatestVintageOrWhatWasKnownThen() throws {
    let (title, latest) = try SeriesTables.show(store, SeriesSelector(indicator: "gdp"), asOf: nil, allVintages: false, language: .zh)
    #expect(title.hasPrefix("gdp 地区生产总值 · 绵阳市 · 亿元"))
    let english = try SeriesTables.show(store, SeriesSelector(indicator: "gdp"), asOf: nil, allVintages: false, language: .en).title
    #expect(english.hasPrefix("gdp GDP · Mianyang · 亿元"))
    #expect(lines(latest).contains { $0.hasPrefix("2023,4096,about,") })  // after the census revision
    let before = try SeriesTables.show(
      store, SeriesSelector(indicator: "gdp"), asOf: CalendarDate(parsing: "2024-06-30"), allVintages: false
    ).table
    #expect(lines(before).contains { $0.hasPrefix("2023,4038.73,") })
    #expect(!lines(before).contains { $0.hasPrefix("2024,") })
  }

  @Test func showAllVintagesKeepsDisagreeingSources() throws {
    let selector = SeriesSelector(indicator: "sme_tech_enterprises", region: "mianyang_hitech_zone")
    let values = try SeriesTables.show(store, selector, asOf: nil, allVintages: true).table.rows.map { $0[1] }
    #expect(values.contains(.number(592)) && values.contains(.number(570)))
  }

  @Test func historyListsEveryVersion() throws {
    let (title, table) = try SeriesTables.history(store, SeriesSelector(indicator: "gdp"), period: .year(2023))
    #expect(title.hasSuffix("· 2023 · 亿元 · \(table.rows.count) version(s)"))
    let values = table.rows.map { $0[1] }
    #expect(values.contains(.number(4038.73)) && values.contains(.number(4096)))
    #expect(throws: WorkflowError.self) { try SeriesTables.history(store, SeriesSelector(indicator: "gdp"), period: .year(1900)) }
  }
}
