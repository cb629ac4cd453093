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
