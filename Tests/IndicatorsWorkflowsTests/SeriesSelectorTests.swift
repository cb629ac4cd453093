import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct SeriesSelectorTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  @Test(arguments: ["gdp", "地区生产总值", "GDP"])
  func indicatorByCodeOrName(_ name: String) throws {
    let series = try SeriesSelector(indicator: name).resolve(in: store)
    #expect(series.indicator.code == "gdp")
    #expect(series.region.code == "mianyang")  // the default region
  }

  @Test(arguments: ["mianyang", "绵阳市", "Mianyang"])
  func regionByCodeOrName(_ name: String) throws {
    #expect(try SeriesSelector(indicator: "gdp", region: name).resolve(in: store).label == "gdp · mianyang")
    #expect(try SeriesSelector.region(name, in: store)?.code == "mianyang")
  }

  @Test func noRegionNameMeansEveryRegion() throws {
    #expect(try SeriesSelector.region(nil, in: store) == nil)
  }

  @Test func unknownRegionListsTheKnownOnes() {
    #expect {
      try SeriesSelector.region("nowhere", in: store)
    } throws: { error in
      "\(error)".contains("no region called 'nowhere'; known regions: chengdu (成都市)")
    }
  }

  @Test func everyCommandResolvesRegionsTheSameWay() throws {
    let byCode = try TargetReport.assess(store, region: "mianyang", asOf: nil).table(chinese: false)
    let byName = try TargetReport.assess(store, region: "绵阳市", asOf: nil).table(chinese: false)
    #expect(byName.rows.count == 14)
    #expect(byName.rows == byCode.rows)
    #expect(try TargetList.table(store, region: "绵阳市").rows.count == 14)
    #expect(try SeriesTables.list(store, region: "绵阳市", asOf: nil, chinese: false).rows.count
      == SeriesTables.list(store, region: "mianyang", asOf: nil, chinese: false).rows.count)
    let exported = try ExportTables.observations(store, indicators: ["gdp"], regions: ["绵阳市"], asOf: nil, allVintages: false)
    #expect(!exported.isEmpty && exported.allSatisfy { $0.region == "mianyang" })
  }
}
