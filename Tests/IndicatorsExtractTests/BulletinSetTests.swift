import IndicatorsCore
import Testing

@testable import IndicatorsExtract

/// The standard bulletin lines the catalogue lacks, and the sentence forms found missing on the
/// development texts (issue 16): each sentence is written for the test, expectations by hand.
@Suite struct BulletinSetTests {
  @Test func priceIndicesGetReadableCodesForReview() throws {
    let figures = Fixture.extract("全年居民消费价格比上年上涨3.2%，商品零售价格上涨2.7%，工业生产者出厂价格上涨0.4%。")
    #expect(figures.first("cpi_change")?.value == 3.2)
    let ppi = try #require(figures.first("ppi_change"))
    #expect(ppi.value == 0.4 && ppi.review)  // not in the fixture's catalogue: still marked for review
    #expect(figures.first("retail_price_change")?.value == 2.7)
    #expect(figures.allSatisfy { !$0.indicator.contains("unnamed") })
  }

  @Test func industrialAccountsAreNamedWhateverTheVerb() {
    let figures = Fixture.extract("1-2月，规模以上工业企业实现营业收入537.77亿元，增长5.9%；利润总额20.38亿元，增长16.6%。")
    #expect(figures.first("industrial_revenue", "mianyang", "2024YTD2")?.value == 537.77)
    #expect(figures.first("industrial_revenue_growth")?.value == 5.9)
    #expect(figures.first("industrial_profit")?.value == 20.38)
    #expect(figures.first("industrial_profit_growth")?.value == 16.6)
    #expect(Fixture.extract("规模以上工业企业产销率为95.8%。").first("industrial_sales_ratio")?.value == 95.8)
  }

  @Test func servicesValueAddedIsTheTertiarySector() throws {
    let figures = Fixture.extract("全年服务业增加值654.09亿元，增长9.5%。")
    let level = try #require(figures.first("tertiary_va"))
    #expect(level.value == 654.09 && !level.review)
    #expect(figures.first("tertiary_va_growth")?.value == 9.5)
    // 现代服务业 is a part of it, not the sector.
    #expect(Fixture.extract("现代服务业增加值300亿元。").first("tertiary_va") == nil)
    #expect(Fixture.extract("生产性服务业增加值增长8.1%。").first("tertiary_va_growth") == nil)
  }

  @Test func aContributionToGrowthIsARateOfItsOwn() {
    let figures = Fixture.extract("52.2%\n服务业对经济增长的贡献率\n")
    #expect(figures.map(\.indicator) == ["services_contribution_to_growth"])
    #expect(figures.first?.value == 52.2)
  }

  @Test func aRankMovedToIsTheFigureNotTheRankMovedFrom() {
    let figures = Fixture.extract("规上工业增加值增长9.9%，增速在全省的排位由第8位升至第6位。")
    let ranks = figures.filter { $0.unit == "位" }
    #expect(ranks.map(\.value) == [6])
    #expect(ranks.first?.indicator == "industrial_va_growth_rank")
    // Without 由 the two ranks are two figures' (居全省第2位、第3位 is read as before).
    #expect(Fixture.extract("地区生产总值居全省第2位，增速排名第8位。").filter { $0.unit == "位" }.count == 2)
  }

  @Test func aHarvestUpOnLastYearGivesLastYearsHarvest() throws {
    let figures = Fixture.extract("全年粮食总产量235.18万吨，比上年增产4.05万吨，增长1.75%。")
    #expect(figures.filter { $0.indicator == "grain_output" && $0.period == .year(2024) }.map(\.value) == [235.18])
    let before = try #require(figures.first("grain_output", "mianyang", "2023"))
    #expect(abs(before.value - 231.13) < 1e-9 && before.status == .derived)  // 235.18 − 4.05
    #expect(figures.first("grain_output_growth")?.value == 1.75)
  }

  @Test func junGivesTheOneNumberToEachJoinedName() {
    let figures = Fixture.extract("全年规模以上工业增加值和全社会固定资产投资均增长10.0%。")
    #expect(figures.first("industrial_va_growth")?.value == 10)
    #expect(figures.first("fixed_investment_growth")?.value == 10)
    #expect(figures.count == 2)
    // 人均 is not 均: one figure, for the name before it.
    let income = Fixture.extract("地区生产总值增长6%，城镇居民人均可支配收入增长5.1%。")
    #expect(income.count == 2 && income.first("gdp_growth")?.value == 6)
  }

  @Test func nextYearIsAPlansYear() throws {
    let figures = Fixture.extract("明年全社会投资增长8%左右。一季度地区生产总值增长6%。", year: 2011)
    let investment = try #require(figures.first("fixed_investment_growth"))
    #expect(investment.period == .year(2012) && investment.kind == .target && investment.qualifier == .about)
    // The year carries to the next sentence, and so does the plan.
    let gdp = try #require(figures.first("gdp_growth"))
    #expect(gdp.period == .quarter(2012, 1) && gdp.kind == .target)
    #expect(Fixture.extract("去年地区生产总值增长6%。", year: 2011).first?.kind == .observation)
  }

  @Test func researchSpendingWithoutTheWordFundsIsStillResearchSpending() {
    let figures = Fixture.extract("今年的主要预期目标是：全社会研发投入增长12%，研发经费投入强度达到3.2%。")
    #expect(figures.first("rd_spending_growth")?.kind == .target)
    #expect(figures.first("rd_spending_growth")?.value == 12)
    #expect(figures.first("rd_intensity")?.value == 3.2)
  }
}
