import IndicatorsCore
import Testing

@testable import IndicatorsExtract

/// Rules the corpus of texts about cities outside Sichuan asked for (Data/extract-corpus).
@Suite struct OtherCitiesRuleTests {
  @Test func aRateInBracketsAfterARegionIsThatRegionsRate() {
    let figures = Fixture.extract("全年全市地区生产总值增长6.5%，高于全国(5.2%)和全省(6.0%)。", year: 2023)
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.region == "china" && $0.value == 5.2 && $0.status == .normal })
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.region == "sichuan" && $0.value == 6.0 })
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.region == "mianyang" && $0.value == 6.5 })
    // Brackets after anything but a region are not that region's rate.
    #expect(!Fixture.extract("地区生产总值增长6.5%(初步核算数5.9%)。", year: 2023).contains { $0.region != "mianyang" })
  }

  @Test func aGenericNameAtTheEndOfALongerOneIsThePartsNotTheWholes() {
    let figures = Fixture.extract("全年规上工业增加值增长7%，其中装备工业增加值增长9.8%。", year: 2023)
    #expect(figures.contains { $0.indicator == "industrial_va_growth" && $0.value == 7 && !$0.review })
    #expect(figures.contains { $0.value == 9.8 && $0.review && !$0.indicator.hasPrefix("industry_va") })
  }

  @Test func monthOnMonthIsNotYearOnYear() {
    let figures = Fixture.extract("9月份，居民消费价格同比上涨0.6%，环比上涨1.4%。", year: 2023)
    #expect(figures.contains { $0.indicator == "cpi_change" && $0.value == 0.6 })
    #expect(figures.contains { $0.indicator == "cpi_change_mom" && $0.value == 1.4 && $0.review })
  }
}

/// How converted and copied texts break what they carry, and the names bulletins shorten.
@Suite struct CopiedTextRuleTests {
  @Test func aNumberBrokenByALineOrASpaceIsOneFigure() {
    #expect(Fixture.extract("今年上半年,全市生产总值达 22\n09 亿元,增长 4.7%。").first("gdp")?.value == 2209)
    #expect(Fixture.extract("户籍人口624.\n4万人，比上年末增加2.2万人。").contains { $0.value == 624.4 })
    #expect(Fixture.extract("其中第三产业 77. 6亿元。").first("tertiary_va")?.value == 77.6)
    // Two figures on two lines stay two: the first ends with its unit, the second starts a line of its own.
    let lines = Fixture.extract("地区生产总值100亿元\n2023年增长5%。")
    #expect(lines.first("gdp")?.value == 100)
    // A year alone on its line is not the start of a number.
    #expect(!Fixture.extract("2023\n4600亿元").contains { $0.value == 20234600 })
  }

  @Test func anAbbreviationGlossingANameIsDropped() {
    let figures = Fixture.extract("2023年温州实现地区生产总值（GDP）8730.6亿元，同比增长6.9%。", year: 2023)
    #expect(figures.first("gdp")?.value == 8730.6)
    #expect(figures.first("gdp_growth")?.value == 6.9)
  }

  @Test func sectorsNamedOnceForThreeEachGetTheirFigure() {
    let figures = Fixture.extract("第一、二、三产业增加值分别比上年增长4.9%、7.2%和6.8%，三次产业占GDP的比重依次为2.1%、41.3%和56.6%。", year: 2023)
    #expect(figures.first("primary_va_growth")?.value == 4.9)
    #expect(figures.first("secondary_va_growth")?.value == 7.2)
    #expect(figures.first("tertiary_va_growth")?.value == 6.8)
    #expect(figures.first("tertiary_va_share_of_gdp")?.value == 56.6)
    // Each share is read once, under its sector, not again under a name of no code.
    #expect(figures.filter { $0.value == 41.3 }.count == 1)
    // Percentages that do not add up to 100 are not the sectors' shares.
    #expect(!Fixture.extract("三次产业占比分别为2.1%、41.3%和50.6%。").contains { $0.indicator.hasSuffix("share_of_gdp") })
  }

  @Test func aTablesRowsTakeTheUnitItsTitleStates() {
    let text = "表1　2020年居民消费价格比上年涨跌幅度（单位：%）\n指标 | 2020年\n居民消费价格 | 2.5\n　　蛋类 | -7.7\n\n其他 | 3"
    let figures = Fixture.extract(text, year: 2020)
    #expect(figures.first("cpi_change")?.value == 2.5)
    #expect(figures.contains { $0.value == -7.7 && $0.unit == "%" && $0.locator.contains("-7.7") })
    // After a blank line the title's unit no longer holds.
    #expect(!figures.contains { $0.value == 3 })
  }

  @Test func oldAndShortNamesOfTheBudget() {
    #expect(Fixture.extract("地方财政收入8.87亿元，比上年增长8.7%。").first("budget_revenue")?.value == 8.87)
    #expect(Fixture.extract("地方级财政收入880.96亿元。").first("budget_revenue")?.value == 880.96)
    #expect(Fixture.extract("全市财政支出15.2亿元，增长13.9%。").first("budget_expenditure")?.value == 15.2)
    // 财政总收入 includes the centre's share: not the local budget's revenue.
    #expect(Fixture.extract("财政总收入120亿元。").first("budget_revenue") == nil)
  }

  @Test func theBarAKindOfFirmClearsIsNoFigure() {
    let figures = Fixture.extract("全市年产值超10亿元的工业企业151家，高新技术企业达到3650家。")
    #expect(!figures.contains { $0.value == 10 })
    #expect(figures.contains { $0.value == 151 })
    #expect(figures.first("high_tech_enterprises")?.value == 3650)
  }

  @Test func aRoundMagnitudeInWordsAfterAVerbOfPassingIt() {
    let passed = Fixture.extract("一般公共预算收入突破百亿。")
    #expect(passed.first("budget_revenue")?.value == 100 && passed.first("budget_revenue")?.qualifier == .atLeast)
    #expect(Fixture.extract("地区生产总值迈上千亿台阶。").first("gdp")?.value == 1000)
    // A class of things, not a figure.
    #expect(Fixture.extract("两大产业正向千亿级产业集群迈进，突破百亿的企业有5家。").allSatisfy { $0.value != 100 && $0.value != 1000 })
  }

  @Test func monthsAreADurationNotACount() {
    #expect(Fixture.extract("项目从开工到投产仅用了8个月。").isEmpty)
    #expect(Fixture.extract("已连续27个月保持两位数增长。").isEmpty)
  }

  @Test func aYearWrittenAfter从IsTheFiguresYear() {
    let figures = Fixture.extract("南阳的生产总值从2012年的2233亿元起步，2021年达到4342亿元。", year: 2022)
    #expect(figures.first("gdp", nil, "2012")?.value == 2233)
    #expect(figures.first("gdp", nil, "2021")?.value == 4342)
  }
}

/// How releases and reports bound what a period word or a list of goals speaks for.
@Suite struct SectionRuleTests {
  @Test func goalsWrittenAfterTheColonEndWithTheirParagraph() {
    let text = "报告提出，今年的主要预期目标是：地区生产总值增长6%左右；社会消费品零售总额增长6%。\n\n全市高新技术企业达到3650家。"
    let figures = Fixture.extract(text, year: 2025)
    #expect(figures.first("gdp_growth")?.kind == .target)
    #expect(figures.first("high_tech_enterprises")?.kind == .observation)
    // Goals on lines of their own after a heading stay goals to the heading's end.
    let listed = Fixture.extract("今年主要预期目标：\n地区生产总值增长6%左右。\n社会消费品零售总额增长6%。", year: 2025)
    #expect(listed.first("retail_sales_growth")?.kind == .target)
  }

  @Test func aMonthSaidToBeThatMonthAloneDoesNotDateTheSentencesAfter() {
    let text = "上半年，全市规模以上工业增加值同比增长1.9%。6月份当月，规模以上工业增加值同比增长12.0%。分经济类型看，国有控股企业增加值增长1.5%。"
    let figures = Fixture.extract(text, year: 2020)
    #expect(figures.contains { $0.value == 12.0 && $0.period == .month(2020, 6) })
    #expect(figures.contains { $0.value == 1.5 && $0.period == .half(2020, 1) })
  }
}

/// Districts and counties of the gazetteer: their figures are theirs, and a name two cities share is
/// the document's city's.
@Suite struct DistrictRuleTests {
  static let places = Fixture.places + [
    RegionDefinition(code: "mianyang_fucheng", nameZh: "涪城区", nameEn: "mianyang_fucheng", parent: "mianyang"),
    RegionDefinition(code: "nanjing", nameZh: "南京市", nameEn: "nanjing", parent: "jiangsu", aliases: ["南京"]),
    RegionDefinition(code: "nanjing_gulou", nameZh: "鼓楼区", nameEn: "nanjing_gulou", parent: "nanjing"),
    RegionDefinition(code: "mianyang_gulou", nameZh: "鼓楼区", nameEn: "mianyang_gulou", parent: "mianyang"),
    RegionDefinition(code: "yibin_gulou", nameZh: "鼓楼区", nameEn: "yibin_gulou", parent: "yibin"),
  ]

  func extract(_ text: String, region: String = "mianyang") -> [ExtractedFigure] {
    FigureExtractor(context: ExtractionContext(region: region, defaultYear: 2023, regions: Fixture.regions, indicators: Fixture.indicators, places: Self.places))
      .extract(text)
  }

  @Test func aDistrictNamedAsTheSubjectHasItsOwnCode() {
    #expect(extract("涪城区实现地区生产总值1200亿元。").first("gdp")?.region == "mianyang_fucheng")
    #expect(extract("鼓楼区实现地区生产总值300亿元。").first("gdp")?.region == "mianyang_gulou")
    // In a text about Deyang, none of the three 鼓楼区 is meant: the name resolves to none.
    #expect(extract("鼓楼区实现地区生产总值300亿元。", region: "deyang").first("gdp")?.region.hasSuffix("gulou") == false)
  }
}

/// Years and quarters as releases write them around their figures.
@Suite struct PeriodAsideTests {
  @Test func aYearInAnAsideDatesTheAsideAlone() {
    let text = "全年全市地区生产总值6011.27亿元，比上年增长6.8%（经最终核实，2022年全市GDP现价总量为5592.02亿元）。按常住人口计算，人均GDP为84133元。"
    let figures = Fixture.extract(text, year: 2023)
    #expect(figures.contains { $0.value == 5592.02 && $0.period == .year(2022) })
    #expect(figures.first("gdp_per_capita")?.period == .year(2023))
  }

  @Test func lastYearsSectorRatioAndThisYears() {
    let figures = Fixture.extract("三次产业结构由上年的3.7:45.4:50.9调整为3.3:47.5:49.2。", year: 2021)
    #expect(figures.contains { $0.indicator == "primary_va_share_of_gdp" && $0.value == 3.7 && $0.period == .year(2020) })
    #expect(figures.contains { $0.indicator == "tertiary_va_share_of_gdp" && $0.value == 49.2 && $0.period == .year(2021) })
    #expect(figures.count == 6)
  }

  @Test func thePeriodAFigureTurnedFromIsNotItsPeriod() {
    let figures = Fixture.extract("上半年，全市实现地区生产总值2653.8亿元，由一季度的下降5.6%转为增长1.1%，增速高于全国2.7个百分点。", year: 2020)
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.value == 1.1 && $0.period == .half(2020, 1) })
    #expect(figures.contains { $0.value == 2.7 && $0.period == .half(2020, 1) })
    // The figure it turned from is that quarter's.
    #expect(figures.contains { $0.value == -5.6 && $0.period == .quarter(2020, 1) })
  }

  @Test func aPlanPeriodThatIsOverDatesItsFiguresAtItsLastYear() {
    let figures = Fixture.extract("报告指出，“十三五”时期，全市城乡居民人均可支配收入分别达到4.71万元和2.47万元。", year: 2021)
    #expect(figures.contains { $0.value == 4.71 && $0.period == .year(2020) })
    // A plan period still running is not over: its figures keep the text's year.
    #expect(Fixture.extract("“十四五”以来，全市地区生产总值达到3000亿元。", year: 2023).first("gdp")?.period == .year(2023))
  }

  @Test func aStockAtAQuartersEndIsOfTheMonthsToDate() {
    let figures = Fixture.extract("二季度末生猪存栏271.7万头。三季度末金融机构存款余额5000亿元。", year: 2020)
    #expect(figures.contains { $0.value == 271.7 && $0.period == .half(2020, 1) })
    #expect(figures.contains { $0.value == 5000 && $0.period == .yearToDate(2020, throughMonth: 9) })
  }

  @Test func aTitlesPeriodDatesTheTextUntilAnotherIsSet() {
    // A headline's quarter, the body silent.
    let news = Fixture.extract("桂林一季度GDP同比增长5.6%\n\n4月18日，市统计局发布数据显示，全市实现地区生产总值520.3亿元。规模以上工业增加值增长7.1%。", year: 2024)
    #expect(news.first("gdp")?.period == .quarter(2024, 1))
    #expect(news.first("industrial_va_growth")?.period == .quarter(2024, 1))
    // The title's year written again keeps the quarter; another year or 全年 does not.
    let release = Fixture.extract("2024年一季度经济运行简况\n2024年，面对复杂的外部环境，全市实现地区生产总值520.3亿元。2023年全市规模以上工业增加值增长7.1%。2024年全年固定资产投资预期增长4.3%。", year: 2024)
    #expect(release.first("gdp")?.period == .quarter(2024, 1))
    #expect(release.first("industrial_va_growth")?.period == .year(2023))
    #expect(release.first("fixed_investment_growth")?.period == .year(2024))
    // A title comparing with a quarter, or naming two periods, sets none.
    #expect(Fixture.extract("增速比一季度加快\n\n全市地区生产总值增长5.6%。", year: 2024).first("gdp_growth")?.period == .year(2024))
    #expect(Fixture.extract("全市一季度和上半年经济数据\n\n全市地区生产总值增长5.6%。", year: 2024).first("gdp_growth")?.period == .year(2024))
  }

  @Test func theYearSoFarKeepsThePeriodAndTheFirstQuarterHasOtherNames() {
    let figures = Fixture.extract("一季度，全市经济稳中向好。今年以来，社会消费品零售总额180.2亿元，增长6.5%。", year: 2024)
    #expect(figures.first("retail_sales")?.period == .quarter(2024, 1))
    #expect(Fixture.extract("今年首季，全市地区生产总值增长5.6%。", year: 2024).first("gdp_growth")?.period == .quarter(2024, 1))
  }

  @Test func theMonthsOfAQuarterOrAHalfAreThatQuarterOrHalf() {
    #expect(Fixture.extract("1-6月，全市固定资产投资增长2.9%。", year: 2024).first("fixed_investment_growth")?.period == .half(2024, 1))
    #expect(Fixture.extract("1至3月，全市固定资产投资增长2.9%。", year: 2024).first("fixed_investment_growth")?.period == .quarter(2024, 1))
    #expect(Fixture.extract("1-9月，全市固定资产投资增长2.9%。", year: 2024).first("fixed_investment_growth")?.period == .yearToDate(2024, throughMonth: 9))
    #expect(Fixture.extract("1-12月，全市固定资产投资增长2.9%。", year: 2024).first("fixed_investment_growth")?.period == .year(2024))
  }

  @Test func aShareThatRoseByPointsGivesLastYearsShare() {
    let figures = Fixture.extract("全年民营经济增加值占地区生产总值的比重为67.5%，比上年提升0.1个百分点。", year: 2018)
    #expect(figures.contains { $0.value == 67.4 && $0.period == .year(2017) && $0.status == .derived })
    // 提升至 with a rate is its new level, not a change.
    #expect(!Fixture.extract("全市森林覆盖率提升至56.9%。", year: 2018).contains { $0.status == .derived })
  }

  @Test func theYearOfThePricesIsNotThePeriod() {
    let figures = Fixture.extract("全区完成地区生产总值2435313万元，按2020年不变价格计算，同比增长3%。", year: 2022)
    #expect(figures.first("gdp_growth")?.period == .year(2022))
    #expect(!figures.contains { $0.indicator.contains("_vs_") })
  }

  @Test func wholeAreaIsAnAutonomousRegionSeenFromItsCitiesAndTheDistrictSeenFromADistrict() {
    let city = Fixture.extract("上半年，全市地区生产总值增长7.3%，高于全区2个百分点。", region: "zhongwei", year: 2022)
    #expect(city.contains { $0.indicator == "gdp_growth" && $0.region == "ningxia" && $0.value == 5.3 && $0.status == .derived })
    let district = Fixture.extract("全区地区生产总值增长7.3%。", region: "zhongwei_shapotou", year: 2022)
    #expect(district.first("gdp_growth")?.region == "zhongwei_shapotou")
    // In a province that is not an autonomous region, 全区 stays the document's region.
    #expect(Fixture.extract("全区地区生产总值增长7.3%。", region: "mianyang", year: 2022).first("gdp_growth")?.region == "mianyang")
  }

  @Test func aHundredPersonsOrMoreAreAFigure() {
    let figures = Fixture.extract("全年出生人口5709人，失业人员再就业8314人，3人获奖。", year: 2021)
    #expect(figures.contains { $0.value == 5709 && $0.unit == "人" })
    #expect(figures.contains { $0.value == 8314 && $0.unit == "人" })
    #expect(!figures.contains { $0.value == 3 })
  }

  @Test func aWorkReportsPlanChapterIsPlannedUntilTheNextChapter() {
    let text = "一、2024年工作回顾\n\n全市地区生产总值增长6.1%。\n\n二、2025年工作安排\n\n(一)着力扩大有效需求\n全年固定资产投资增长5%以上，引进首店品牌100家。\n\n三、加强政府自身建设\n\n全市规模以上工业增加值增长8%。"
    let figures = Fixture.extract(text, year: 2025)
    #expect(figures.first("fixed_investment_growth")?.kind == .target)
    #expect(figures.contains { $0.value == 100 && $0.kind == .target })
    // Before the chapter and after it, figures are what they say.
    #expect(figures.contains { $0.value == 6.1 && $0.kind == .observation })
    #expect(figures.first("industrial_va_growth")?.kind == .observation)
  }

  @Test func aRateComparedWithLastYearsWholeYearGivesThatYear() {
    let figures = Fixture.extract("一季度，全市规模以上工业增加值增长10.7%，比上年全年加快1.8个百分点。", year: 2024)
    #expect(figures.contains { $0.indicator == "industrial_va_growth" && $0.period == .year(2023) && $0.value == 8.9 && $0.status == .derived })
  }

  @Test func aResultAboveThePlanIsNotAPlan() {
    let figures = Fixture.extract("上半年，全市地区生产总值增长7.5%，高于年度预期目标1.0个百分点。", year: 2023)
    #expect(figures.first("gdp_growth")?.kind == .observation)
  }

  @Test func thePeriodThatOpensTheLastClauseCarriesOn() {
    let figures = Fixture.extract("4月份，全市规上工业增加值同比增长23.1%；1-4月累计增长10.1%。全市固定资产投资增长8.0%。", year: 2023)
    #expect(figures.contains { $0.value == 23.1 && $0.period == .month(2023, 4) })
    #expect(figures.first("fixed_investment_growth")?.period == .yearToDate(2023, throughMonth: 4))
  }

  @Test func aQuarterInArabicNumerals() {
    let figures = Fixture.extract("1季度，全市地区生产总值增长5.1%。规模以上工业增加值增长6.0%。", year: 2019)
    #expect(figures.first("gdp_growth")?.period == .quarter(2019, 1))
    #expect(figures.first("industrial_va_growth")?.period == .quarter(2019, 1))
  }
}

@Suite struct ChartCaptionTests {
  @Test func aChartsCaptionDoesNotDateTheParagraphAfterIt() throws {
    let text = "2022年统计公报\n全区地区生产总值243亿元。\n图2 2018年-2022年地区生产总值及增速\n居民消费价格累计上涨2.8%。"
    let cpi = try #require(Fixture.extract(text, year: 2022).first("cpi_change"))
    #expect(cpi.period == .year(2022))
  }

  @Test func aLineOpeningWithTuThatIsASentenceIsRead() {
    #expect(Fixture.extract("图1显示，全年地区生产总值243亿元。").contains { $0.value == 243 })
  }
}

@Suite struct PlanOrReviewTests {
  @Test func theMainIndicatorsOfAReviewAreNotGoals() throws {
    let text = "2023年上半年经济运行情况\n从主要指标看，上半年全市经济持续恢复。\n上半年全市完成地区生产总值427.93亿元，同比增长5.9%。"
    #expect(try #require(Fixture.extract(text, year: 2023).first("gdp")).kind == .observation)
    let plan = "今年经济社会发展的主要指标是：\n地区生产总值增长6%左右。"
    #expect(try #require(Fixture.extract(plan, year: 2024).first("gdp_growth")).kind == .target)
  }

  @Test func expectationsTurningWeakAreNotAPlan() throws {
    let text = "面对需求收缩、预期转弱等多重压力，全年全区地区生产总值达到1179.4亿元，比上年增长6.9%。"
    #expect(try #require(Fixture.extract(text, year: 2023).first("gdp")).kind == .observation)
  }

  @Test func aHorizonAlreadyPassedIsAnObservation() throws {
    let text = "全市地区生产总值由2015年的1705亿元增加到2020年的2369亿元。"
    let figures = FigureExtractor(context: ExtractionContext(
      region: "mianyang", defaultYear: 2021, currentYear: 2021, regions: Fixture.regions, indicators: Fixture.indicators, places: Fixture.places))
      .extract(text)
    let reached = try #require(figures.first { $0.value == 2369 })
    #expect(reached.kind == .observation && reached.period == .year(2020))
  }

  @Test func theComingFiveYearsDateTheGoalsAfterThem() throws {
    let text = "区政府工作报告对今后五年的发展提出了具体目标。就是要实现全区地区生产总值超过1800亿元，进出口总额年均增长10%以上。"
    let figures = Fixture.extract(text, year: 2023)
    let gdp = try #require(figures.first("gdp"))
    #expect(gdp.kind == .target && gdp.period == .year(2027))
    #expect(figures.contains { $0.value == 10 && $0.period == .span(2023, 2027) && $0.kind == .target })
  }
}

@Suite struct BothResidentsTests {
  @Test func oneFigureForTownAndCountryIsTheAllResidentOne() throws {
    let figures = Fixture.extract("前三季度城乡居民人均可支配收入26659元，同比增长5.2%。")
    #expect(try #require(figures.first("disposable_income_per_capita")).value == 26659)
    #expect(try #require(figures.first("disposable_income_per_capita_growth")).value == 5.2)
  }
}

@Suite struct SignedNumberTests {
  @Test func aMinusAfterWeiIsTheNumbersSign() throws {
    let figures = Fixture.extract("出生率为7.18‰；人口自然增长率为-0.61‰。")
    #expect(figures.contains { $0.value == -0.61 && $0.unit == "‰" && $0.valueText == "-0.61" })
  }

  @Test func aDashBetweenNumbersIsARange() {
    #expect(!Fixture.extract("1-11月，全市地区生产总值增长5%。").contains { $0.value < 0 })
  }
}

@Suite struct GapListTests {
  @Test func eachGapOfAListIsItsOwnRatesAndNothingIsDerived() throws {
    let figures = Fixture.extract("地区生产总值、规模以上工业增加值分别增长7.5%、12.7%，分别高于全省1.0和4.2个百分点。")
    #expect(figures.first("gdp_growth_gap_vs_sichuan")?.value == 1.0)
    #expect(figures.first("industrial_va_growth_gap_vs_sichuan")?.value == 4.2)
    #expect(!figures.contains { $0.status == .derived })
  }

  @Test func aGapToThePlanIsStatedNotATarget() throws {
    let one = Fixture.extract("全市地区生产总值同比增长8.6%，高于年度预期目标2.1个百分点。")
    let gap = try #require(one.first("gdp_growth_gap_vs_target"))
    #expect(gap.value == 2.1 && gap.kind == .observation && gap.review)
    let two = Fixture.extract("全市地区生产总值增长7.5%，规模以上工业增加值增长12.7%，分别高于预期目标1.0和4.2个百分点。")
    #expect(two.first("industrial_va_growth_gap_vs_target")?.value == 4.2)
    #expect(two.first("gdp_growth_gap_vs_target")?.value == 1.0)
  }
}

@Suite struct SharedRankTests {
  @Test func junJuGivesEachRateTheRank() {
    let figures = Fixture.extract("全市地区生产总值增长8.6%，规模以上工业增加值增长14.8%，两项指标增速均居全省第一。")
    #expect(figures.contains { $0.indicator == "gdp_growth_rank" && $0.value == 1 })
    #expect(figures.contains { $0.indicator == "industrial_va_growth_rank" && $0.value == 1 })
  }

  @Test func withoutJunTheRankIsTheLastRatesAlone() {
    let figures = Fixture.extract("全市地区生产总值增长8.6%，规模以上工业增加值增长14.8%，增速居全省第一。")
    #expect(!figures.contains { $0.indicator == "gdp_growth_rank" })
    #expect(figures.contains { $0.indicator == "industrial_va_growth_rank" })
  }
}

@Suite struct BulletinUnitTests {
  @Test func permillePointsChangeAPermilleRate() throws {
    let figures = Fixture.extract("全年出生率为3.73‰，比上年下降1.09个千分点。")
    let earlier = try #require(figures.first { $0.status == .derived })
    #expect(earlier.value == 4.82 && earlier.unit == "‰" && earlier.period == .year(2023))
    #expect(figures.contains { $0.value == -1.09 && $0.unit == "个千分点" })
  }

  @Test func machinesBirdsPowerAndJinAreUnits() {
    let figures = Fixture.extract("农用拖拉机9.7万台。年末家禽存笼1177.8万羽。农业机械总动力350万千瓦。粮食产量260亿斤。")
    for (value, unit) in [(9.7, "万台"), (1177.8, "万羽"), (350, "万千瓦"), (260, "亿斤")] {
      #expect(figures.contains { $0.value == value && $0.unit == unit }, "\(value)\(unit)")
    }
  }

  @Test func aNoteOnWhatIsCountedHasNoFigures() {
    #expect(Fixture.extract("规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。").isEmpty)
  }
}

@Suite struct ComparedYearTests {
  @Test func theYearMeasuredAgainstDoesNotDateWhatFollows() throws {
    let text = "2020年全市人均GDP达到6.9万元，为2015年的1.35倍。金融体系更加完善，上市企业达到11家。"
    let listed = try #require(Fixture.extract(text, year: 2021).first { $0.value == 11 })
    #expect(listed.period == .year(2020))
  }

  @Test func guiMoGongYeIsAboveScaleIndustry() {
    #expect(Fixture.extract("1-5月，全市规模工业增加值同比增长10.8%。").first("industrial_va_growth")?.value == 10.8)
  }
}

@Suite struct RoundFigureCaptionTests {
  @Test func aRoundFigurePassedIsAFigureLine() throws {
    let figures = Fixture.extract("【年度成绩单】\n\n全区GDP\n突破600亿元大关\n完成626.04亿元\n增长6.5%\n", year: 2023)
    #expect(figures.first { $0.value == 626.04 }?.indicator == "gdp")
    #expect(figures.first { $0.value == 600 }?.qualifier == .atLeast)
    #expect(figures.first("gdp_growth")?.value == 6.5)
  }
}

@Suite struct YearReachedTests {
  @Test func theYearAFigureRoseToDatesTheNextSentence() throws {
    let text = "全市人均地区生产总值由2020年的11.36万元提高到2024年的14.28万元。全员劳动生产率提高到每人28.3万元。"
    let figures = FigureExtractor(context: ExtractionContext(
      region: "mianyang", defaultYear: 2025, currentYear: 2025, regions: Fixture.regions, indicators: Fixture.indicators, places: Fixture.places))
      .extract(text)
    #expect(try #require(figures.first { $0.value == 28.3 }).period == .year(2024))
    #expect(try #require(figures.first { $0.value == 14.28 }).kind == .observation)
  }
}

/// A district's or county's text quoting its city: whose figures are whose.
@Suite struct CitySubjectTests {
  @Test func aCityOpeningTheSentenceSpeaksForAllItsFigures() {
    let figures = Fixture.extract("全市规模以上工业增加值增长0.8%；社会消费品零售总额增长5.2%。", region: "mianyang_hitech_zone", year: 2023)
    #expect(figures.first { $0.value == 0.8 }?.region == "mianyang")
    #expect(figures.first { $0.value == 5.2 }?.region == "mianyang")
  }

  @Test func aCityFurtherInSpeaksForItsClauseOnly() {
    let figures = Fixture.extract("地区生产总值增长6.1%，高于全市0.4个百分点；社会消费品零售总额增长5.2%。", region: "mianyang_hitech_zone", year: 2023)
    #expect(figures.first { $0.value == 6.1 }?.region == "mianyang_hitech_zone")
    #expect(figures.first { $0.value == 5.2 }?.region == "mianyang_hitech_zone")
  }

  @Test func aCityInAPhraseOfCircumstanceOrARankingDoesNotLead() {
    let circumstance = Fixture.extract("在全市经济下行的情况下，地区生产总值增长6.1%；社会消费品零售总额增长5.2%。", region: "mianyang_hitech_zone", year: 2023)
    #expect(circumstance.first { $0.value == 5.2 }?.region == "mianyang_hitech_zone")
  }
}

/// Sentences that name the goals without listing them.
@Suite struct GoalsProseTests {
  @Test func sinceTheYearBeganIsALookBack() {
    let text = "今年以来，全市上下加强经济运行调度，各项主要指标运行平稳。\n一季度，全市地区生产总值增长5.2%。"
    let growth = Fixture.extract(text, year: 2024).first("gdp_growth")
    #expect(growth?.kind == .observation)
    #expect(growth?.value == 5.2)
  }

  @Test func aLongSentenceWithoutFiguresAboutTheGoalsIsNotAHeading() {
    let text = "全市上下紧扣年度发展目标，坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展稳中向好。\n全年地区生产总值增长5.2%。"
    #expect(Fixture.extract(text, year: 2024).first("gdp_growth")?.kind == .observation)
    // A short heading still opens the goals that follow it.
    let goals = "今年经济社会发展的主要预期目标\n地区生产总值增长6%左右。"
    #expect(Fixture.extract(goals, year: 2024).first("gdp_growth")?.kind == .target)
  }
}

/// A plan's list of goals announced by a line of its own and written as dashed items.
@Suite struct PlanGoalListTests {
  @Test func aLineAnnouncingThePlansGoalsDatesThemAtItsLastYear() {
    let text = "《纲要》围绕“十四五”时期提出了“八个新”的具体目标：\n——经济发展迈上新台阶。地区生产总值达到3.5万亿元。\n——改革开放实现新突破。\n——生态环境得到新改善。研发经费投入强度达到3.4%左右。"
    let figures = Fixture.extract(text, year: 2021)
    let gdp = figures.first("gdp")
    #expect(gdp?.kind == .target)
    #expect(gdp?.period == .year(2025))
    // A dashed item without figures does not end the list.
    let rd = figures.first("rd_intensity")
    #expect(rd?.kind == .target)
    #expect(rd?.period == .year(2025))
  }

  @Test func aPlanPeriodNamedInABulletinDoesNotDateItsFigures() {
    let text = "2021年是“十四五”开局之年。\n全年地区生产总值增长8.2%。"
    let growth = Fixture.extract(text, year: 2021).first("gdp_growth")
    #expect(growth?.kind == .observation)
    #expect(growth?.period == .year(2021))
  }
}
