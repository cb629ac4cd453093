import IndicatorsCore
import Testing

@testable import IndicatorsExtract

/// A small catalogue and region tree, so the tests do not depend on the bundled data.
enum Fixture {
  static let regions = [
    RegionDefinition(code: "china", nameZh: "全国", nameEn: "China"),
    RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan", parent: "china"),
    RegionDefinition(code: "chengdu", nameZh: "成都市", nameEn: "Chengdu", parent: "sichuan"),
    RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang", parent: "sichuan"),
    RegionDefinition(code: "mianyang_hitech_zone", nameZh: "绵阳高新区(科技城直管区)", nameEn: "Zone", parent: "mianyang"),
  ]

  static func indicator(_ code: String, _ unit: String, _ kind: MeasureKind = .level) -> IndicatorDefinition {
    IndicatorDefinition(code: code, nameZh: code, nameEn: code, unit: MeasurementUnit(symbol: unit)!, measureKind: kind)
  }

  static let indicators: [IndicatorDefinition] = [
    indicator("gdp", "亿元"), indicator("gdp_growth", "%", .rate), indicator("gdp_growth_avg", "%", .rate),
    indicator("primary_va", "亿元"), indicator("primary_va_growth", "%", .rate),
    indicator("secondary_va", "亿元"), indicator("secondary_va_growth", "%", .rate),
    indicator("tertiary_va", "亿元"), indicator("tertiary_va_growth", "%", .rate),
    indicator("industrial_va_growth", "%", .rate), indicator("industrial_output", "亿元"),
    indicator("industrial_output_share_of_city", "%", .share), indicator("retail_sales", "亿元"),
    indicator("retail_sales_growth", "%", .rate), indicator("fixed_investment_growth", "%", .rate),
    indicator("rd_intensity", "%", .share), indicator("fdi", "亿美元"), indicator("high_tech_enterprises", "家", .count),
    indicator("cpi_change", "%", .rate), indicator("urbanization_rate", "%", .share),
    indicator("out_of_province_industrial_investment", "亿元"), indicator("out_of_province_investment_rank", "位", .rank),
    indicator("manufacturing_top100_rank", "位", .rank), indicator("national_industrial_clusters", "个", .count),
    indicator("budget_revenue", "亿元"),
  ]

  /// A few rows of the gazetteer (Data/places.csv): other cities a text may name.
  static let places = [
    RegionDefinition(code: "deyang", nameZh: "德阳市", nameEn: "deyang", parent: "sichuan", aliases: ["德阳"]),
    RegionDefinition(code: "yibin", nameZh: "宜宾市", nameEn: "yibin", parent: "sichuan", aliases: ["宜宾"]),
    RegionDefinition(code: "chongqing", nameZh: "重庆市", nameEn: "chongqing", parent: "china", aliases: ["重庆"]),
    RegionDefinition(code: "ningxia", nameZh: "宁夏回族自治区", nameEn: "ningxia", parent: "china", aliases: ["宁夏"]),
    RegionDefinition(code: "zhongwei", nameZh: "中卫市", nameEn: "zhongwei", parent: "ningxia", aliases: ["中卫"]),
    RegionDefinition(code: "zhongwei_shapotou", nameZh: "沙坡头区", nameEn: "shapotou", parent: "zhongwei"),
  ]

  static func extract(_ text: String, region: String = "mianyang", year: Int = 2024) -> [ExtractedFigure] {
    FigureExtractor(context: ExtractionContext(region: region, defaultYear: year, regions: regions, indicators: indicators, places: places))
      .extract(text)
  }
}

extension [ExtractedFigure] {
  func first(_ indicator: String, _ region: String? = nil, _ period: String? = nil) -> ExtractedFigure? {
    first { $0.indicator == indicator && (region == nil || $0.region == region) && (period == nil || $0.period.canonical == period) }
  }
}

@Suite struct BulletinSentenceTests {
  @Test func growthAttachesToTheLevelBeforeIt() throws {
    let figures = Fixture.extract("全年实现地区生产总值4600.66亿元，按可比价格计算，比上年增长6.5%。")
    #expect(figures.count == 2)
    let gdp = try #require(figures.first("gdp"))
    #expect(gdp.value == 4600.66 && gdp.unit == "亿元" && gdp.period == .year(2024) && gdp.region == "mianyang")
    #expect(figures.first("gdp_growth")?.value == 6.5)
  }

  @Test func qiZhongListsGiveEachSectorItsFigures() {
    let figures = Fixture.extract("其中，第一产业增加值412.35亿元，增长3.8%；第二产业增加值1789.20亿元，增长7.9%；第三产业增加值2399.11亿元，下降1.2%。")
    #expect(figures.first("primary_va")?.value == 412.35)
    #expect(figures.first("primary_va_growth")?.value == 3.8)
    #expect(figures.first("secondary_va_growth")?.value == 7.9)
    #expect(figures.first("tertiary_va_growth")?.value == -1.2)
  }

  @Test func fenBieListsPairNamesAndNumbersInOrder() {
    let figures = Fixture.extract("第一产业、第二产业和第三产业增加值分别增长6.1%、7.3%和5.2%。")
    #expect(figures.first("primary_va_growth")?.value == 6.1)
    #expect(figures.first("secondary_va_growth")?.value == 7.3)
    #expect(figures.first("tertiary_va_growth")?.value == 5.2)
  }

  @Test func spacesInsideNumbersAndBetweenNumberAndUnit() {
    let figures = Fixture.extract("全年实现地区生产总值4 038.73 亿元，增长 8.0 %。")
    #expect(figures.first("gdp")?.value == 4038.73)
    #expect(figures.first("gdp_growth")?.value == 8.0)
  }
}

@Suite struct PeriodTests {
  @Test(arguments: [
    ("前三季度，全市地区生产总值增长5.4%。", "2024YTD9"),
    ("上半年全市地区生产总值增长5.4%。", "2024H1"),
    ("一季度全市地区生产总值增长5.4%。", "2024Q1"),
    ("1-11月规上工业增加值累计增长11.6%。", "2024YTD11"),
    ("全年地区生产总值增长5.4%。", "2024"),
    ("2022年全市地区生产总值增长5.4%。", "2022"),
  ])
  func periodWords(text: String, period: String) {
    let figures = Fixture.extract(text)
    #expect(figures.count == 1)
    #expect(figures.first?.period.canonical == period)
  }

  @Test func aYearStatedEarlierCarriesOn() {
    let figures = Fixture.extract("绵阳市2021年统计公报\n全年地区生产总值3350.29亿元。")
    #expect(figures.first("gdp")?.period == .year(2021))
  }

  @Test func aYearComparedWithIsNotThePeriod() {
    let figures = Fixture.extract("全年地区生产总值比2020年增长12.5%。")
    #expect(figures.first?.period == .year(2024))
  }

  @Test func averageGrowthOverASpan() {
    #expect(Fixture.extract("2021年地区生产总值两年平均增长6.0%。").first("gdp_growth_avg")?.period == .span(2020, 2021))
    #expect(Fixture.extract("2021-2024年，地区生产总值年均增长6.9%。").first("gdp_growth_avg")?.period == .span(2021, 2024))
  }
}

@Suite struct QualifierAndKindTests {
  @Test(arguments: [
    ("高新技术企业超100家。", Qualifier.atLeast), ("高新技术企业突破100家。", .atLeast),
    ("高新技术企业100家以上。", .atLeast), ("高新技术企业100余家。", .atLeast), ("高新技术企业100多家。", .atLeast),
    ("高新技术企业约100家。", .about), ("高新技术企业100家左右。", .about),
    ("高新技术企业近100家。", .below), ("高新技术企业不到100家。", .below), ("高新技术企业100家。", .exact),
  ])
  func qualifiers(text: String, qualifier: Qualifier) {
    let figure = Fixture.extract(text).first("high_tech_enterprises")
    #expect(figure?.value == 100)
    #expect(figure?.qualifier == qualifier)
  }

  @Test func yuJiIsProvisional() {
    #expect(Fixture.extract("预计全年地区生产总值增长6%。").first?.status == .provisional)
  }

  @Test(arguments: ["力争地区生产总值增长7%。", "目标是地区生产总值增长7%。", "地区生产总值有望增长7%。", "主要预期目标：地区生产总值增长7%左右。"])
  func planLanguageIsATarget(text: String) {
    let figures = Fixture.extract(text)
    #expect(figures.count == 1)
    #expect(figures.allSatisfy { $0.kind == .target })
  }

  @Test func aFutureYearIsATargetsDueYear() {
    let figure = Fixture.extract("力争到2027年，全市地区生产总值突破6000亿元。", year: 2025).first
    #expect(figure?.kind == .target && figure?.period == .year(2027) && figure?.qualifier == .atLeast)
  }
}

@Suite struct RelativeStatementTests {
  @Test func higherThanTheProvinceDerivesTheProvince() throws {
    let figures = Fixture.extract("规上工业增加值增长9.8%，分别高于全国、全省水平4和3.2个百分点。")
    let china = try #require(figures.first("industrial_va_growth", "china"))
    let sichuan = try #require(figures.first("industrial_va_growth", "sichuan"))
    #expect(abs(china.value - 5.8) < 1e-12 && china.status == .derived && china.note == "9.8-4")
    #expect(abs(sichuan.value - 6.6) < 1e-12)
  }

  @Test func aZoneAboveItsCity() throws {
    let figures = Fixture.extract("2023年实现GDP增长9.4%，增速高于全市1.4个百分点。", region: "mianyang_hitech_zone")
    #expect(figures.first("gdp_growth", "mianyang_hitech_zone")?.value == 9.4)
    #expect(try #require(figures.first("gdp_growth", "mianyang")).value == 8.0)
  }

  @Test func aShareOfTheCityDerivesTheCityTotal() throws {
    let figures = Fixture.extract("规上工业总产值实现1023亿元，占全市的28.4%。", region: "mianyang_hitech_zone")
    #expect(figures.first("industrial_output_share_of_city", "mianyang_hitech_zone")?.value == 28.4)
    let city = try #require(figures.first("industrial_output", "mianyang"))
    #expect(city.value == 3602.11 && city.status == .derived && city.note == "1023/0.284")
  }

  @Test func aRankInTheProvince() throws {
    let figures = Fixture.extract("实现省外引进产业项目新增实际投资633亿元、居全省第2位。")
    let rank = try #require(figures.first("out_of_province_investment_rank"))
    #expect(rank.value == 2 && rank.region == "mianyang" && rank.unit == "位")
  }

  @Test func aRankChangeGivesTheEarlierRank() throws {
    let figures = Fixture.extract("位列2024全国先进制造业百强市第66位、两年提升19位。")
    #expect(figures.first("manufacturing_top100_rank", "mianyang", "2024")?.value == 66)
    #expect(try #require(figures.first("manufacturing_top100_rank", "mianyang", "2022")).value == 85)
  }

  @Test func aChangeInPercentagePointsGivesLastYear() throws {
    let figures = Fixture.extract("常住人口城镇化率55.8%，比上年末提高0.9个百分点。")
    let last = try #require(figures.first("urbanization_rate", "mianyang", "2023"))
    #expect(abs(last.value - 54.9) < 1e-12 && last.status == .derived)
  }
}

@Suite struct MessyTextTests {
  @Test func traditionalCharactersMatchButTheLocatorIsAsWritten() throws {
    let figure = try #require(Fixture.extract("全年實現地區生產總值22074.7億元，比上年增長6.0%。", region: "chengdu").first("gdp"))
    #expect(figure.value == 22074.7 && figure.region == "chengdu")
    #expect(figure.locator.contains("地區生產總值"))
  }

  @Test func pinyinInParenthesesIsIgnored() {
    let figures = Fixture.extract("全年实现地区生产总值(dì qū shēng chǎn zǒng zhí)4038.73亿元，增长(zēng zhǎng)8.0%。")
    #expect(figures.first("gdp")?.value == 4038.73)
    #expect(figures.first("gdp_growth")?.value == 8.0)
  }

  @Test func infographicCaptionsPairLabelsAndNumbers() {
    let figuresFirst = Fixture.extract("64697.0亿元\n地区生产总值\n5.7%\nGDP增长", region: "sichuan")
    #expect(figuresFirst.first("gdp")?.value == 64697.0)
    #expect(figuresFirst.first("gdp_growth")?.value == 5.7)
    let labelFirst = Fixture.extract("第一产业增加值\n6197.2亿元\n增长3.4%", region: "sichuan")
    #expect(labelFirst.first("primary_va")?.value == 6197.2)
    #expect(labelFirst.first("primary_va_growth")?.value == 3.4)
  }

  @Test(arguments: [
    "全年实现地区生产总值X亿元，比上年增长X.X%；社会消费品零售总额XX亿元，增长XX%。",
    "(1) 坚持“5+1”现代工业体系；(2) 实施“1+3”行动。",
    "10月24日，市统计局召开新闻发布会。",
    "发展5G网络，举办2024.4.24-26博览会。",
  ])
  func notFigures(text: String) {
    #expect(Fixture.extract(text).isEmpty)
  }
}

@Suite struct DictionaryTests {
  @Test func aliasesReachCatalogueCodes() {
    #expect(Fixture.extract("全年实现GDP 4600亿元。").first?.indicator == "gdp")
    #expect(Fixture.extract("FDI到资1.2亿美元。").first?.indicator == "fdi")
    #expect(Fixture.extract("实际利用外资1.2亿美元。").first?.indicator == "fdi")
    #expect(Fixture.extract("社零总额2012亿元。").first?.indicator == "retail_sales")
  }

  @Test func anUnknownIndicatorIsKeptForReview() throws {
    let figure = try #require(Fixture.extract("全年工业用电量增长10%。").first)
    #expect(figure.review)
    #expect(figure.phrase.contains("用电量"))
    #expect(figure.indicator.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_" || $0.isNumber) })
  }

  @Test func regionsByNameAndByScope() {
    #expect(Fixture.extract("全省地区生产总值增长5.7%。").first?.region == "sichuan")
    #expect(Fixture.extract("成都市地区生产总值增长5.7%。").first?.region == "chengdu")
    #expect(Fixture.extract("全市地区生产总值增长5.7%。", region: "mianyang_hitech_zone").first?.region == "mianyang")
  }

  @Test func aCountIsNotAnAmountsIndicator() throws {
    let figures = Fixture.extract("拥有3个国家级产业集群。")
    #expect(figures.first?.indicator == "national_industrial_clusters")
  }
}

@Suite struct BulletinHabitsTests {
  @Test func aChangeAgainstLastYearIsNotALevel() {
    let figures = Fixture.extract("年末常住人口345.6万人，比上年末减少1.2万人。")
    #expect(figures.filter { $0.status != .derived && $0.indicator == "resident_population" }.count == 1)
    #expect(figures.first?.value == 345.6)
    #expect(figures.first("resident_population_change")?.value == -1.2)
    #expect(figures.contains { $0.period == .year(2023) && abs($0.value - 346.8) < 1e-9 })
  }

  @Test func wordsAfterANameNameSomethingElse() {
    let figures = Fixture.extract("其中，第一产业投资增长12.1%；规模以上工业企业实现营业收入1234亿元。")
    #expect(figures.count == 2)
    #expect(figures.allSatisfy { $0.review })
    #expect(figures.first("primary_va_growth") == nil)
  }

  @Test func wordsInParenthesesDoNotChangeTheName() {
    #expect(Fixture.extract("全年全社会固定资产投资（不含农户）比上年增长4.2%。").first?.indicator == "fixed_investment_growth")
  }

  @Test func firstMonthsAreYearToDate() {
    #expect(Fixture.extract("前11个月，全市地区生产总值增长7.7%。").first?.period == .yearToDate(2024, throughMonth: 11))
  }

  @Test func aTargetMetIsNotATarget() {
    #expect(Fixture.extract("全市圆满完成全年目标任务，地区生产总值增长6.0%。").first?.kind == .observation)
  }

  @Test func comparedWithTheNationalAverage() throws {
    let figures = Fixture.extract("全年规上工业增加值增长7.7%，增速比全国平均水平高1.9个百分点。")
    let china = try #require(figures.first("industrial_va_growth", "china"))
    #expect(china.value == 5.8)
  }

  @Test func anUnknownDocumentRegionSitsInTheOnlyProvince() {
    let figures = Fixture.extract("全年地区生产总值增长6.0%，高于全省0.3个百分点。", region: "deyang")
    #expect(figures.first("gdp_growth", "deyang")?.value == 6.0)
    #expect(figures.first("gdp_growth", "sichuan")?.value == 5.7)
  }
}

@Suite struct MoreSpanAndBoundTests {
  @Test func averageGrowthSinceABaseYear() {
    #expect(Fixture.extract("2020年以来，地区生产总值年均增长6.9%。").first("gdp_growth_avg")?.period == .span(2020, 2024))
    #expect(Fixture.extract("地区生产总值比2020年年均增长6.9%。").first("gdp_growth_avg")?.period == .span(2021, 2024))
  }

  @Test func atMostIsBelow() {
    let figure = Fixture.extract("主要预期目标：居民消费价格涨幅3%以内。").first
    #expect(figure?.indicator == "cpi_change" && figure?.qualifier == .below && figure?.kind == .target)
  }
}

@Suite struct RelativeYearsAndMonthsTests {
  @Test func lastYearIsTheYearBeforeTheCallers() {
    let figures = Fixture.extract("过去一年，全市地区生产总值增长6.0%。今年主要预期目标是地区生产总值增长6%左右。", year: 2024)
    #expect(figures.first { $0.kind == .observation }?.period == .year(2023))
    #expect(figures.first { $0.kind == .target }?.period == .year(2024))
  }

  @Test func aSentenceOpeningWithQiZhongKeepsTheName() {
    let figures = Fixture.extract("上半年，全省规模以上工业增加值同比增长6.3%。其中，6月份增长7.1%。", region: "sichuan")
    #expect(figures.first("industrial_va_growth", "sichuan", "2024-06")?.value == 7.1)
  }

  @Test func fasterThanTheFirstQuarter() throws {
    let figures = Fixture.extract("上半年全省地区生产总值同比增长5.4%，比一季度加快0.2个百分点。", region: "sichuan")
    let q1 = try #require(figures.first("gdp_growth", "sichuan", "2024Q1"))
    #expect(q1.value == 5.2 && q1.status == .derived)
  }

  @Test func newOnesAreNotTheStock() {
    let figures = Fixture.extract("全年新增高新技术企业1600余家，总数达1.3万家。")
    #expect(figures.first("new_high_tech_enterprises")?.review == true)
    #expect(figures.first("high_tech_enterprises")?.value == 1.3)
    #expect(figures.first("high_tech_enterprises")?.unit == "万家")
  }
}

@Suite struct LevelChangeTests {
  @Test func aLevelAndItsChangeGiveLastYearsLevel() throws {
    let figures = Fixture.extract("年末常住人口487.7万人，比上年末增加0.6万人。")
    let last = try #require(figures.first { $0.period == .year(2023) })
    #expect(abs(last.value - 487.1) < 1e-9 && last.status == .derived && last.note == "487.7-0.6")
    let change = try #require(figures.first("resident_population_change"))
    #expect(change.value == 0.6 && change.unit == "万人" && change.status == .normal && change.period == .year(2024))
    #expect(figures.count == 3)
  }

  @Test func aFallIsANegativeChange() throws {
    let figures = Fixture.extract("年末户籍人口152.57万人，比上年末减少1.17万人。")
    #expect(try #require(figures.first("registered_population_change")).value == -1.17)
  }

  @Test func aChangeInAnotherUnitOfTheSameThingIsStatedButGivesNoLevel() throws {
    let figures = Fixture.extract("年末常住人口487.7万人，比上年末增加6000人。")
    #expect(figures.count == 2)
    #expect(try #require(figures.first("resident_population_change")).unit == "人")
  }

  @Test func aChangeOfSomethingElseGivesNothing() {
    #expect(Fixture.extract("年末常住人口487.7万人，比上年末增加6家。").count == 1)
  }
}

@Suite struct ShareOfSomethingElseTests {
  @Test func aShareOfAnotherTotalIsProposedNotTheLevel() throws {
    let figure = try #require(Fixture.extract("全年规上工业总产值占地区生产总值比重为35%。").first)
    #expect(figure.review && figure.indicator == "industrial_output_share")
  }
}

@Suite struct WorkReportHabitsTests {
  static let catalogue = Fixture.indicators + [
    Fixture.indicator("urban_disposable_income_per_capita_growth", "%", .rate),
    Fixture.indicator("rural_disposable_income_per_capita_growth", "%", .rate),
    Fixture.indicator("high_tech_enterprises_net_added", "家", .count),
  ]

  func extract(_ text: String) -> [ExtractedFigure] {
    FigureExtractor(context: ExtractionContext(region: "sichuan", defaultYear: 2024, regions: Fixture.regions, indicators: Self.catalogue))
      .extract(text)
  }

  @Test func urbanAndRuralRespectively() {
    let figures = extract("城乡居民人均可支配收入分别增长4.6%和6.7%。")
    #expect(figures.first("urban_disposable_income_per_capita_growth")?.value == 4.6)
    #expect(figures.first("rural_disposable_income_per_capita_growth")?.value == 6.7)
  }

  @Test func netAdditionsOfAStock() {
    let figures = extract("全省高新技术企业达到1.75万家，比上年净增2900余家。")
    #expect(figures.first("high_tech_enterprises")?.value == 1.75)
    let net = figures.first("high_tech_enterprises_net_added")
    #expect(net?.value == 2900 && net?.qualifier == .atLeast && net?.review == false)
  }
}

@Suite struct NewsShorthandTests {
  @Test func yiAloneMeansYiYuan() throws {
    let figure = try #require(Fixture.extract("全省GDP突破6万亿，增长6%。", region: "sichuan").first("gdp"))
    #expect(figure.value == 6 && figure.unit == "万亿元" && figure.qualifier == .atLeast)
    // 亿人次 is a count of visits, never 亿 yuan.
    let visits = Fixture.extract("全年接待游客1.2亿人次。")
    #expect(visits.map(\.unit) == ["亿人次"] && visits.first?.indicator == "tourist_arrivals")
  }

  @Test func firstPlace() {
    #expect(Fixture.extract("地区生产总值增长8.2%，增速居全省首位。").contains { $0.unit == "位" && $0.value == 1 })
  }

  @Test func htmlTagsAreDropped() {
    let figures = Fixture.extract("<p>全年实现地区生产总值<span>4600.66</span>亿元。</p>")
    #expect(figures.first("gdp")?.value == 4600.66)
  }
}

@Suite struct CaptionLayoutTests {
  @Test func aLabelOverTwoLines() {
    let figures = Fixture.extract("1-11月\n规上工业增加值\n同比增长\n8.5%")
    #expect(figures.first("industrial_va_growth")?.value == 8.5)
    #expect(figures.first("industrial_va_growth")?.period == .yearToDate(2024, throughMonth: 11))
  }
}

extension CaptionLayoutTests {
  @Test func aUnitOnTheNextLine() {
    let figures = Fixture.extract("地区生产总值\n4600.66\n亿元\n增长\n6.5\n%")
    #expect(figures.first("gdp")?.value == 4600.66)
    #expect(figures.first("gdp_growth")?.value == 6.5)
  }
}

extension PeriodTests {
  @Test func aDateIsNotThePeriod() {
    let figures = Fixture.extract("2023年绵阳市国民经济和社会发展统计公报\n发布时间：2024年3月28日\n全年地区生产总值增长8.0%。", year: 2024)
    #expect(figures.first?.period == .year(2023))
  }
}

extension QualifierAndKindTests {
  @Test func anAverageOverAPlanStillRunningIsATarget() {
    let figure = Fixture.extract("“十四五”期间，地区生产总值年均增长7%左右。", year: 2021).first
    #expect(figure?.kind == .target && figure?.period == .span(2021, 2025) && figure?.qualifier == .about)
    #expect(Fixture.extract("“十四五”时期，地区生产总值年均增长6.9%。", year: 2026).first?.kind == .observation)
  }
}

extension PeriodTests {
  @Test func sinceAPlanBeganIsObserved() {
    let figure = Fixture.extract("“十四五”以来，地区生产总值年均增长6.5%。", year: 2023).first
    #expect(figure?.period == .span(2021, 2023) && figure?.kind == .observation)
  }
}

extension RelativeStatementTests {
  @Test func comparedWithTwoRegionsRespectively() throws {
    let figures = Fixture.extract("全年地区生产总值增长6.5%，比全国、全省分别高1.5和0.7个百分点。")
    #expect(try #require(figures.first("gdp_growth", "china")).value == 5.0)
    #expect(try #require(figures.first("gdp_growth", "sichuan")).value == 5.8)
  }
}

extension DictionaryTests {
  @Test func anOfficeIsNotTheSubject() {
    #expect(Fixture.extract("四川省统计局数据显示，地区生产总值增长6.5%。").first?.region == "mianyang")
  }
}

extension PeriodTests {
  @Test func aPeriodOpeningTheFirstClauseOfAParagraphCarriesOn() {
    let figures = Fixture.extract("本报讯 省统计局7月19日发布，上半年全省地区生产总值增长5.4%。\n其中，成都市地区生产总值增长5.0%。", region: "sichuan")
    #expect(figures.first("gdp_growth", "chengdu")?.period == .half(2024, 1))
  }

  @Test func aHalfYearReport() {
    #expect(Fixture.extract("四川经济半年报：GDP同比增长5.4%", region: "sichuan").first?.period == .half(2024, 1))
  }
}
