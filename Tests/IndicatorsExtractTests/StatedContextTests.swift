import IndicatorsCore
import Testing

@testable import IndicatorsExtract

/// A text's own region and year, read when no flag gives them, and cities outside the catalogue.
@Suite struct StatedContextTests {
  /// A few rows of the gazetteer's shape (Data/places.csv): provinces, prefectures, a county-level city.
  static let places = [
    RegionDefinition(code: "jiangsu", nameZh: "江苏省", nameEn: "jiangsu", parent: "china", aliases: ["江苏"]),
    RegionDefinition(code: "suzhou", nameZh: "苏州市", nameEn: "suzhou", parent: "jiangsu", aliases: ["苏州"]),
    RegionDefinition(code: "wuxi", nameZh: "无锡市", nameEn: "wuxi", parent: "jiangsu", aliases: ["无锡"]),
    RegionDefinition(code: "suzhou_kunshan", nameZh: "昆山市", nameEn: "suzhou_kunshan", parent: "suzhou"),
    RegionDefinition(code: "guangdong", nameZh: "广东省", nameEn: "guangdong", parent: "china", aliases: ["广东"]),
    RegionDefinition(code: "zhongshan", nameZh: "中山市", nameEn: "zhongshan", parent: "guangdong"),
    RegionDefinition(code: "liangshan", nameZh: "凉山彝族自治州", nameEn: "liangshan", parent: "sichuan", aliases: ["凉山"]),
    RegionDefinition(code: "beijing", nameZh: "北京市", nameEn: "beijing", parent: "china", aliases: ["北京"]),
    RegionDefinition(code: "beijing_chaoyang", nameZh: "朝阳区", nameEn: "beijing_chaoyang", parent: "beijing"),
    RegionDefinition(code: "jilin", nameZh: "吉林省", nameEn: "jilin", parent: "china", aliases: ["吉林"]),
    RegionDefinition(code: "changchun", nameZh: "长春市", nameEn: "changchun", parent: "jilin", aliases: ["长春"]),
    RegionDefinition(code: "changchun_chaoyang", nameZh: "朝阳区", nameEn: "changchun_chaoyang", parent: "changchun"),
    RegionDefinition(code: "chongqing", nameZh: "重庆市", nameEn: "chongqing", parent: "china", aliases: ["重庆"]),
    RegionDefinition(code: "chongqing_jiangjin", nameZh: "江津区", nameEn: "chongqing_jiangjin", parent: "chongqing"),
  ]

  func read(_ text: String) -> StatedContext { StatedContext.read(text, regions: Fixture.regions, places: Self.places) }

  @Test func aTitleMayNameItsCityWithoutShiAndAPlanPeriodsReviewIsOfItsLastYear() {
    #expect(read("2022年1-7月中山经济运行简况\n\n7月，全市经济运行基本保持恢复态势。").region == "zhongshan")
    #expect(read("“十四五”广东成就·中山专场：五年答卷\n\n12月12日，新闻发布会介绍主要成就。").year == 2025)
    // In the body, a short name is not a place (中山路).
    #expect(read("经济运行简况\n\n中山路商圈客流增长12%。").region == nil)
    // A title names its district without 区; the body's 重庆 is the district's city.
    #expect(read("江津今后五年怎么干？区长答记者问\n\n重庆市江津区今后五年地区生产总值超过1800亿元。").region == "chongqing_jiangjin")
    #expect(read("【一图读懂】江津一季度经济成绩单\n\n开局起步").region == "chongqing_jiangjin")
    // A name two districts share (朝阳) is not read from a title alone.
    #expect(read("朝阳一季度经济成绩单\n\n开局起步").region == nil)
  }

  @Test func aDistrictNameTwoCitiesShareIsToldApartByTheCityBesideIt() {
    #expect(read("北京市朝阳区2024年国民经济和社会发展统计公报\n\n全区实现地区生产总值8888.8亿元。").region == "beijing_chaoyang")
    #expect(read("长春市朝阳区2024年经济运行情况\n\n全区实现地区生产总值888.8亿元。").region == "changchun_chaoyang")
    // Alone, the name tells nothing: the region is not guessed.
    #expect(read("朝阳区2024年经济运行情况\n\n全区实现地区生产总值888.8亿元。").region != "beijing_chaoyang")
  }

  @Test func theTitlesNarrowestPlaceIsTheRegion() {
    #expect(read("江苏省苏州市2023年国民经济和社会发展统计公报\n\n全年实现地区生产总值24653.4亿元。").region == "suzhou")
    #expect(read("昆山市2023年经济运行情况\n全市实现地区生产总值5140.6亿元。").region == "suzhou_kunshan")
    #expect(read("2024年凉山州经济运行简况\n全州地区生产总值增长5.5%。").region == "liangshan")
  }

  @Test func withoutATitleTheOpeningSubjectOrTheMostNamedPlace() {
    #expect(read("1月30日，无锡市统计局发布数据：2023年无锡地区生产总值15456.19亿元。").region == "wuxi")
    #expect(read("本报讯 全年地区生产总值增长6%。\n据统计，苏州制造业……\n苏州的服务业……").region == "suzhou")
    // A short name that is also a word is not a place: 中山 alone (a road, a park) says nothing.
    #expect(read("中山路沿线商户增加。全年实现地区生产总值100亿元。").region == nil)
    #expect(read("全年实现地区生产总值100亿元，增长5%。").region == nil)
  }

  @Test func theYearFromTitleOpeningPlanOrPrintedDate() {
    #expect(read("苏州2023年经济年报出炉\n去年地区生产总值24653.4亿元").year == 2023)
    // A year in the opening lines gives way to a publication date; without one it is the year.
    let release = read("前三季度经济运行情况\n与2023年同期相比，全市经济稳中有进。")
    #expect(release.documentYear(published: 2024) == 2024 && release.documentYear(published: nil) == 2023)
    #expect(read("政府工作报告\n——2025年1月8日在市第十七届人民代表大会第四次会议上\n过去一年……").documentYear(published: nil) == 2025)
    #expect(read("政府工作报告\n——2025年1月8日在市第十七届人民代表大会第四次会议上").published == CalendarDate(year: 2025, month: 1, day: 8))
    #expect(read("无锡市国民经济和社会发展第十四个五年规划纲要\n“十四五”规划主要目标：到2025年……").year == 2021)
    // A look back over a span is written in its last year; a plan over a span in its first.
    #expect(read("南阳这十年(2012—2022)\n——这10年,南阳的生产总值从2012年的2233亿元起步").year == 2022)
    #expect(read("发展规划(2021-2025)\n主要目标").year == 2021)
    let undated = read("地区生产总值达到100亿元。\n工业平稳。\n投资回升。\n2022年增长5%，2022年末常住人口10万人，2021年……")
    #expect(undated.year == nil && undated.openingYear == nil)
    #expect(undated.frequentYear == 2022)
    #expect(undated.documentYear(published: 2023) == 2023)
    // A year's results with no year written, published in July: the year before.
    let scorecard = read("图解｜临川区：交出高质量发展答卷\n【年度成绩单】\n全区GDP\n完成626.04亿元\n增长6.5%")
    #expect(scorecard.statesNoYear && scorecard.reportsPastYear)
    #expect(scorecard.documentYear(published: 2024) == 2023)
    #expect(read("上半年经济运行情况\n上半年全区GDP增长5%").documentYear(published: 2024) == 2024)
  }

  @Test func aCityOutsideTheCatalogueReadsItsOwnProvince() {
    let figures = FigureExtractor(context: ExtractionContext(
      region: "suzhou", defaultYear: 2023, currentYear: 2024, regions: Fixture.regions, indicators: Fixture.indicators, places: Self.places))
      .extract("2023年，全市地区生产总值增长4.6%，高于全省0.8个百分点。")
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.region == "suzhou" && $0.value == 4.6 && !$0.review })
    #expect(figures.contains { $0.indicator == "gdp_growth" && $0.region == "jiangsu" && abs($0.value - 3.8) < 1e-9 && $0.status == .derived })
  }

  @Test func 今年CountsFromTheYearOfWritingAndGoalsListsAreTargets() {
    let extractor = FigureExtractor(context: ExtractionContext(
      region: "suzhou", defaultYear: 2023, currentYear: 2024, regions: Fixture.regions, indicators: Fixture.indicators, places: Self.places))
    let news = extractor.extract("数据显示，去年全市地区生产总值达到24653.4亿元。")
    #expect(news.map(\.period) == [.year(2023)])
    let report = extractor.extract("■2024年全市经济社会发展主要预期目标\n\n地区生产总值增长5%左右，规上工业增加值增长6%。\n\n■重点工作\n\n2023年地区生产总值增长4.6%。")
    #expect(report.filter { $0.kind == .target }.map(\.value) == [5, 6])
    #expect(report.contains { $0.kind == .observation && $0.value == 4.6 })
  }

  @Test func sectorSharesWrittenAsARatio() {
    let figures = Fixture.extract("三次产业结构调整为2.2:46.3:51.5。全市三次产业比例为1:2:3。", region: "mianyang", year: 2018)
    #expect(figures.map(\.indicator) == ["primary_va_share_of_gdp", "secondary_va_share_of_gdp", "tertiary_va_share_of_gdp"])
    #expect(figures.map(\.value) == [2.2, 46.3, 51.5])
    #expect(figures.allSatisfy { $0.review && $0.unit == "%" && $0.region == "mianyang" && $0.period == .year(2018) })
  }
}
