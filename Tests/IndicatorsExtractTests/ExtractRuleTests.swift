import IndicatorsCore
import Testing

@testable import IndicatorsExtract

/// One test per reading rule added for the sourced texts (issue 16): each sentence is written for
/// the test, in the form real bulletins use, with hand-computed expectations.
@Suite struct StatedGapTests {
  @Test func aGapIsStatedBesideTheRateItImplies() throws {
    let figures = Fixture.extract("全年地区生产总值比上年增长6.5%，增速分别高于全国、全省1.5个和1.0个百分点。")
    let china = try #require(figures.first("gdp_growth_gap_vs_china"))
    #expect(china.value == 1.5 && china.unit == "个百分点" && china.region == "mianyang" && china.status == .normal)
    #expect(china.review)  // not in the fixture's catalogue
    #expect(figures.first("gdp_growth_gap_vs_sichuan")?.value == 1.0)
    let derived = try #require(figures.first("gdp_growth", "sichuan"))
    #expect(derived.value == 5.5 && derived.status == .derived)  // 6.5 − 1.0
    #expect(figures.first("gdp_growth", "china")?.value == 5.0)
  }

  @Test func aGapBelowIsNegative() {
    let figures = Fixture.extract("全年社会消费品零售总额增长4.0%，低于全省0.6个百分点。")
    #expect(figures.first("retail_sales_growth_gap_vs_sichuan")?.value == -0.6)
    #expect(figures.first("retail_sales_growth", "sichuan")?.value == 4.6)
  }

  @Test func aChangeIsStatedBesideLastYearsRate() {
    let figures = Fixture.extract("年末常住人口城镇化率55.8%，比上年末提高0.9个百分点。")
    #expect(figures.first("urbanization_rate_change")?.value == 0.9)
    #expect(figures.first("urbanization_rate", "mianyang", "2023")?.value == 54.9)
  }

  @Test func levelWithAnotherRegionGivesItTheSameRate() throws {
    let figures = Fixture.extract("2023年全市地区生产总值比上年增长6.0%，增速与全省持平。")
    let sichuan = try #require(figures.first("gdp_growth", "sichuan", "2023"))
    #expect(sichuan.value == 6.0 && sichuan.status == .derived)
    #expect(Fixture.extract("全市地区生产总值比上年增长6.0%，与上年持平。").first("gdp_growth", "sichuan") == nil)
  }

  @Test func theWholeFollowsFromAPartAndItsShare() throws {
    let figures = Fixture.extract("2023年全省民营经济增加值32195.1亿元，增长5.6%，占地区生产总值的比重为53.5%。", region: "sichuan")
    let gdp = try #require(figures.first("gdp", "sichuan", "2023"))
    #expect(gdp.value == 60177.76 && gdp.status == .derived)  // 32195.1 / 0.535
  }

  @Test func aShareOfAnotherNamedPartDerivesNoWhole() {
    let figures = Fixture.extract("全年地区生产总值4600亿元，第三产业增加值占地区生产总值比重为52.3%。")
    #expect(figures.filter { $0.indicator == "gdp" }.map(\.value) == [4600])
  }
}

@Suite struct ListAndContextRuleTests {
  @Test func fenBieAfterNamesWrittenWithTheirLevels() {
    let figures = Fixture.extract(
      "其中，第一产业增加值357.40亿元，第二产业增加值1838.12亿元，第三产业增加值2405.14亿元，分别增长3.9%、5.6%和7.8%。")
    #expect(figures.first("primary_va_growth")?.value == 3.9)
    #expect(figures.first("secondary_va_growth")?.value == 5.6)
    #expect(figures.first("tertiary_va_growth")?.value == 7.8)
    #expect(figures.first("tertiary_va")?.value == 2405.14)
  }

  @Test func aPeriodWordWrittenWithItsYearCarriesOn() {
    let figures = Fixture.extract("7月19日，市政府新闻办召开2022年上半年经济形势新闻发布会。分产业看，第一产业增加值143.78亿元，增长5.6%。")
    #expect(figures.first("primary_va")?.period.canonical == "2022H1")
    #expect(figures.first("primary_va_growth")?.period.canonical == "2022H1")
  }

  @Test func aYearComparedWithDoesNotCarryOn() {
    let figures = Fixture.extract("1-11月，全市社会消费品零售总额8362.0亿元，已超过2020年全年的8118.5亿元。全市地区生产总值增长6.1%。", year: 2021)
    #expect(figures.first("retail_sales", nil, "2020")?.value == 8118.5)
    // 1-11月 opens the sentence and carries; 2020年 was only compared with.
    #expect(figures.first("gdp_growth")?.period.canonical == "2021YTD11")
  }

  @Test func aFieldAfterZaiIsNotTheSubject() throws {
    let figures = Fixture.extract("今年的主要预期目标是：地区生产总值增长7.5%，力争在全省地级市中率先突破4000亿元。", year: 2023)
    let gdp = try #require(figures.first("gdp"))
    #expect(gdp.region == "mianyang" && gdp.value == 4000 && gdp.qualifier == .atLeast && gdp.kind == .target)
  }

  @Test func controlWordsSetARateTarget() throws {
    let figures = Fixture.extract("今年的主要预期目标是：城镇调查失业率控制在5.5%左右，城镇登记失业率控制在4%以内。")
    let surveyed = try #require(figures.first("urban_unemployment_rate"))
    #expect(surveyed.value == 5.5 && surveyed.qualifier == .about && surveyed.kind == .target)
    let registered = try #require(figures.first("registered_unemployment_rate"))
    #expect(registered.value == 4 && registered.qualifier == .below)
  }

  @Test func aPlanBeatenIsNotATarget() {
    let indicators = Fixture.indicators + [Fixture.indicator("key_project_investment", "亿元")]
    let figures = FigureExtractor(context: ExtractionContext(
      region: "mianyang", defaultYear: 2023, regions: Fixture.regions, indicators: indicators))
      .extract("17个省市重点项目全年完成投资94.06亿元、超年度计划投资143.91%。")
    #expect(figures.first("key_project_investment")?.kind == .observation)
    #expect(figures.first("key_project_investment")?.value == 94.06)
  }
}

@Suite struct CaptionRuleTests {
  @Test func figureLinesWithoutALabelContinueTheCaptionBefore() throws {
    let text = "60132.9\n亿元\n全省地区生产总值\n\n6.0%\n比上年增长\n\n2022年\n约5.67万亿元\n\n71835\n元\n人均地区生产总值\n增长6.0%"
    let figures = Fixture.extract(text, region: "sichuan", year: 2023)
    #expect(figures.first("gdp", "sichuan", "2023")?.value == 60132.9)
    #expect(figures.first("gdp_growth", "sichuan", "2023")?.value == 6.0)
    let earlier = try #require(figures.first("gdp", "sichuan", "2022"))
    #expect(earlier.value == 5.67 && earlier.unit == "万亿元" && earlier.qualifier == .about)
    // The caption's 2022年 labelled that caption alone.
    #expect(figures.first("gdp_per_capita", "sichuan", "2023")?.value == 71835)
    #expect(figures.first("gdp_per_capita_growth", "sichuan", "2023")?.value == 6.0)
  }
}

@Suite struct NamesAndUnitsRuleTests {
  @Test(arguments: [
    ("地方公共财政收入101.75亿元。", "budget_revenue", 101.75),
    ("在全省经济增速不到3%的情况下，全市保持增长。", "gdp_growth", 3.0),
    ("城镇新增就业56401人。", "new_urban_employment", 56401.0),
    ("全年实现农林牧渔业总产值416.83亿元。", "agri_output", 416.83),
    ("全年生猪出栏365.8万头。", "hogs_slaughtered", 365.8),
    ("家禽出栏6065.3万只。", "poultry_slaughtered", 6065.3),
    ("乡村消费品零售额346.8亿元。", "rural_retail_sales", 346.8),
  ])
  func aliases(text: String, indicator: String, value: Double) {
    #expect(Fixture.extract(text).first(indicator)?.value == value)
  }

  @Test func urbanAndRuralNamedTogetherSplitInAFenBieList() {
    let figures = Fixture.extract("城镇和乡村居民人均可支配收入分别增长6.5%、8%。")
    #expect(figures.first("urban_disposable_income_per_capita_growth")?.value == 6.5)
    #expect(figures.first("rural_disposable_income_per_capita_growth")?.value == 8)
  }

  @Test func sheepFallAndTheUnitStaysAsWritten() throws {
    let figures = Fixture.extract("羊出栏69.7万只，下降15.2%。")
    let sheep = try #require(figures.first("sheep_slaughtered"))
    #expect(sheep.unit == "万只")
    #expect(figures.first("sheep_slaughtered_growth")?.value == -15.2)
  }

  @Test func arrivalWordsAfterANameKeepIt() {
    let figures = Fixture.extract("2024年全市外商直接投资(FDI)到资 10444 万美元、增速 3.12 %。")
    #expect(figures.first("fdi")?.value == 10444)
    #expect(figures.first("fdi_growth")?.value == 3.12)
  }

  @Test func yuanAmountsOfADollarIndicatorGoToItsYuanTwin() {
    let indicators = Fixture.indicators + [Fixture.indicator("fdi_cny", "亿元")]
    let extractor = FigureExtractor(context: ExtractionContext(
      region: "sichuan", defaultYear: 2023, regions: Fixture.regions, indicators: indicators))
    let figure = extractor.extract("全年外商直接投资245.2亿元。").first("fdi_cny")
    #expect(figure?.value == 245.2 && figure?.review == false)
  }

  @Test func theFirstItemsCutShortUnitJoinsTheList() {
    let (tokens, _) = NumberScanner.scan(Array("高于全国、全省1.5个和1.0个百分点".unicodeScalars), excluded: [])
    #expect(tokens.map(\.unit) == ["个百分点", "个百分点"])
    #expect(tokens.map(\.text) == ["1.5", "1.0"])
    #expect(tokens[0].group == tokens[1].group)
  }
}

extension CaptionRuleTests {
  @Test func aTwoYearAverageLineStaysInTheCaption() {
    let figures = Fixture.extract("9602.72\n亿元\n地区生产总值\n同比增长13.1%\n两年平均增长6.7%", region: "chengdu", year: 2021)
    #expect(figures.first("gdp_growth")?.value == 13.1)
    #expect(figures.first("gdp_growth_avg", "chengdu", "2020-2021")?.value == 6.7)
  }
}

extension NamesAndUnitsRuleTests {
  @Test func nominalGrowthIsTheGrowth() {
    let figures = Fixture.extract("全年全省居民人均可支配收入34325元，名义增长5.6%。", region: "sichuan")
    #expect(figures.first("disposable_income_per_capita_growth")?.value == 5.6)
  }
}

extension NamesAndUnitsRuleTests {
  @Test func moreOrLessHarvestIsGrowth() {
    let figures = Fixture.extract("全年粮食产量241.5万吨，比上年增加2.9万吨，增产1.2%。")
    #expect(figures.first("grain_output_growth")?.value == 1.2)
    #expect(figures.first("grain_output", "mianyang", "2023")?.value == 238.6)  // 241.5 − 2.9
    #expect(Fixture.extract("全年粮食产量241.5万吨，减产0.8%。").first("grain_output_growth")?.value == -0.8)
  }

  @Test func theRealRateAfterTheNominalIsKeptApart() throws {
    let figures = Fixture.extract("全年居民人均可支配收入39218元，比上年增长6.3%，扣除价格因素，实际增长6.1%。")
    #expect(figures.filter { $0.indicator == "disposable_income_per_capita_growth" }.map(\.value) == [6.3])
    let real = try #require(figures.first("disposable_income_per_capita_growth_real"))
    #expect(real.value == 6.1 && real.review)
    // Alone, 实际增长 is the growth.
    #expect(Fixture.extract("全年地区生产总值按可比价格计算实际增长6.5%。").first("gdp_growth")?.value == 6.5)
  }
}

extension ListAndContextRuleTests {
  @Test func aPeriodComparedWithDoesNotDateWhatFollows() {
    let figures = Fixture.extract("前三季度，规上工业增加值增长10.2%，增速较上半年提高0.4个百分点；社会消费品零售总额1300.5亿元，增长7.1%。")
    #expect(figures.first("retail_sales")?.period.canonical == "2024YTD9")
    #expect(figures.first("industrial_va_growth", "mianyang", "2024H1")?.value == 9.8)  // 10.2 − 0.4
  }

  @Test func aPlaceTheRegionListLacksIsSentToReview() throws {
    let zone = try #require(Fixture.extract("绵阳科技城新区GDP约为500亿元。").first("gdp"))
    #expect(zone.review && zone.note.contains("科技城新区"))
    let county = try #require(Fixture.extract("2024年，涪城区实现地区生产总值900.5亿元。").first("gdp"))
    #expect(county.review && county.note.contains("涪城区"))
    // The document's own place and listed regions are not.
    #expect(Fixture.extract("全区实现地区生产总值720亿元。").first("gdp")?.review == false)
    #expect(Fixture.extract("全市实现地区生产总值4600亿元。").first("gdp")?.review == false)
    #expect(Fixture.extract("绵阳高新区实现地区生产总值720亿元。").first("gdp", "mianyang_hitech_zone")?.review == false)
  }

  @Test func economicGrowthIsGdpGrowth() {
    let figure = Fixture.extract("确保全年经济增长7%以上。").first("gdp_growth")
    #expect(figure?.value == 7 && figure?.qualifier == .atLeast && figure?.kind == .target)
  }
}

extension StatedGapTests {
  @Test func aStatedFigureBeatsADerivedOne() {
    let text = "全年地区生产总值4600.66亿元。其中，第三产业增加值2405.14亿元，占地区生产总值的比重为52.3%。"
    #expect(Fixture.extract(text).filter { $0.indicator == "gdp" }.map(\.value) == [4600.66])
    // Without the stated level the derived one stays: 2405.14 / 0.523.
    let derived = Fixture.extract("第三产业增加值2405.14亿元，占地区生产总值的比重为52.3%。").first("gdp")
    #expect(derived?.value == 4598.74 && derived?.status == .derived)
  }
}

extension ListAndContextRuleTests {
  @Test func aPeriodAfterASourceClauseCarriesOn() {
    let figures = Fixture.extract("4月20日，市政府新闻办举行发布会。据介绍，根据地区生产总值统一核算结果，一季度全市地区生产总值784.28亿元。分产业看，第一产业增加值51.15亿元。", year: 2022)
    #expect(figures.first("primary_va")?.period.canonical == "2022Q1")
    // After an action clause the period dates that figure alone.
    let other = Fixture.extract("加大推广力度，1-10月新能源汽车新增7.1万辆。全年地区生产总值增长8%。", year: 2021)
    #expect(other.first("gdp_growth")?.period.canonical == "2021")
  }

  @Test func aGapToAnotherIndicatorGivesThatIndicatorsRate() throws {
    let figures = Fixture.extract("规模以上高技术产业企业产值增长25.9%，比全市规上工业总产值增速高7.9个百分点。")
    let output = try #require(figures.first("industrial_output_growth"))
    #expect(output.value == 18.0 && output.status == .derived)  // 25.9 − 7.9
    #expect(!figures.contains { $0.period == .year(2023) })  // not a change on last year
  }

  @Test func theFieldOfARankingIsNotAFigure() throws {
    let figures = Fixture.extract("全市规模以上工业增加值同比增长10.5%，增速居全省21个市州第4位。")
    #expect(!figures.contains { $0.value == 21 })
    let rank = try #require(figures.first("industrial_va_growth_rank"))
    #expect(rank.value == 4)
  }
}

@Suite struct UnlistedCityTests {
  @Test func anotherCityNamedIsNotTheDocumentsRegion() throws {
    let figures = Fixture.extract("一季度，绵阳地区生产总值为784.28亿元，排名全省第二；排名第三的宜宾，地区生产总值为725.16亿元。", year: 2022)
    #expect(figures.first("gdp", "mianyang")?.value == 784.28)
    let yibin = try #require(figures.first { $0.value == 725.16 })
    // 宜宾 is a place of the gazetteer: its figure is its own, as the CLI reads it.
    #expect(yibin.region == "yibin")
  }

  @Test func theDocumentsOwnCityIsKnownByItsCode() throws {
    let figures = Fixture.extract("2024年德阳市实现地区生产总值3200亿元，增长6.0%，高于全省0.3个百分点。", region: "deyang")
    let gdp = try #require(figures.first("gdp"))
    #expect(gdp.region == "deyang" && !gdp.review)
    #expect(figures.first("gdp_growth", "sichuan")?.value == 5.7)
  }
}

extension NamesAndUnitsRuleTests {
  @Test func proseWrappedInsideAFigureIsJoined() throws {
    let figures = Fixture.extract("全市实现地区生产总值\n4600.66\n亿元，比上年增长6.5%。")
    let gdp = try #require(figures.first("gdp"))
    #expect(gdp.value == 4600.66 && gdp.locator.hasPrefix("全市实现地区生产总值"))
    #expect(figures.first("gdp_growth")?.value == 6.5)
    // Caption lines without a comma stay captions.
    #expect(Fixture.extract("地区生产总值\n4600.66\n亿元\n增长6.5%").first("gdp_growth")?.value == 6.5)
  }
}

extension StatedGapTests {
  @Test func aNarrowerFallMeansAHigherRateBefore() throws {
    let figures = Fixture.extract("全年实际利用外资2.36亿美元，同比下降40.2%，降幅比上半年收窄5.1个百分点。", year: 2023)
    let before = try #require(figures.first("fdi_growth", "mianyang", "2023H1"))
    #expect(before.value == -45.3 && before.status == .derived)  // the fall was 5.1 points deeper
    #expect(figures.first("fdi_growth_change")?.value == 5.1)
  }

  @Test func growthOnAnEarlierYearIsNotTheAnnualRate() throws {
    let figures = Fixture.extract("全市规模以上工业增加值较2019年同期增长15.3%。", year: 2023)
    #expect(figures.first("industrial_va_growth") == nil)
    let since = try #require(figures.first("industrial_va_growth_vs_2019"))
    #expect(since.value == 15.3 && since.review)
    #expect(Fixture.extract("全市规模以上工业增加值比2022年增长8.1%。", year: 2023).first("industrial_va_growth")?.value == 8.1)
  }
}
