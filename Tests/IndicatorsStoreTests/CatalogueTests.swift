import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsSampleData
import IndicatorsStore
import Testing

/// Regions, indicators, aliases and the default region, each test on a fresh in-memory database
/// with the bundled catalogue.
@Suite struct CatalogueTests {
  let store: IndicatorStore
  static let day = CalendarDate(year: 2026, month: 1, day: 1)!

  init() throws {
    store = try IndicatorStore.withBundledCatalogue()
  }

  static let yibin = RegionDefinition(code: "yibin", nameZh: "宜宾市", nameEn: "Yibin", parent: "四川省", aliases: ["宜宾"])

  @Test func aNewCityIsFoundByEveryName() throws {
    let change = try store.saveRegions([Self.yibin], mustBeNew: true)
    #expect(change.added == ["yibin"])
    for name in ["yibin", "宜宾市", "YIBIN", "宜宾", " 宜宾 "] {
      let region = try store.region(named: name)
      #expect(region.code == "yibin")
      #expect(region.parent == "sichuan")
      #expect(region.aliases == ["宜宾"])
    }
  }

  @Test func addingAnExistingRegionIsRefusedButAFileUpdatesIt() throws {
    _ = try store.saveRegions([Self.yibin])
    #expect(throws: StoreError.self) { try store.saveRegions([Self.yibin], mustBeNew: true) }
    var renamed = Self.yibin
    renamed.nameEn = "Yibin City"
    renamed.aliases = ["叙州"]
    let change = try store.saveRegions([renamed, Self.yibin.with(code: "luzhou", nameZh: "泸州市")])
    #expect(change.updated == ["yibin"])
    #expect(change.added == ["luzhou"])
    let yibin = try store.region(named: "叙州")
    #expect(yibin.nameEn == "Yibin City")
    #expect(yibin.aliases == ["叙州", "宜宾"])
    #expect(try store.saveRegions([renamed]).unchanged == 1)
  }

  @Test func aNameMeansOneThing() throws {
    _ = try store.saveRegions([Self.yibin])
    // 绵阳 is the bundled alias of mianyang.
    #expect(throws: StoreError.self) { try store.addRegionAliases("yibin", ["绵阳"]) }
    #expect(throws: StoreError.self) { try store.renameRegion("yibin", nameZh: "绵阳市", nameEn: nil, parent: nil) }
    #expect(throws: StoreError.self) { try store.addIndicatorAliases("gdp", ["地区生产总值增速"]) }
    #expect(try store.region(named: "宜宾").nameZh == "宜宾市")
  }

  @Test func bundledAliasesResolveExactlyWhereThePrefixRuleGuessedWrong() throws {
    // 'GDP增速' is part of gdp_growth_gap_vs_sichuan's Chinese name; the alias makes it gdp_growth.
    #expect(try store.indicator(named: "GDP增速").code == "gdp_growth")
    #expect(try store.indicator(named: "R&D经费投入强度").code == "rd_intensity")
    #expect(try store.indicator(named: "实际利用外资").code == "fdi")
    #expect(try store.indicator(named: "ｇｄｐ增速").code == "gdp_growth")
  }

  @Test func aliasesWorkInImportedRows() throws {
    _ = try store.saveRegions([Self.yibin])
    let file = try ObservationFile.parse(bytes: Array("指标,地区,时期,数值,单位\nGDP增速,宜宾,2024,6.0,%\n实际利用外资,宜宾市,2024,近3亿美元,万美元\n".utf8), file: "t.csv")
    let summary = try store.importObservations(file.observations, file: "t.csv", importDate: Self.day)
    #expect(summary.added == 2)
    #expect(summary.newRegions.isEmpty && summary.newIndicators.isEmpty)
    let fdi = try store.observations(ObservationQuery(indicators: ["fdi"], regions: ["yibin"]))
    #expect(fdi.map(\.value) == [3])
    #expect(fdi.map(\.qualifier) == [.below])
  }

  @Test func renamingAnIndicatorKeepsItsUnit() throws {
    let renamed = try store.renameIndicator("gdp", nameZh: "地区生产总值(GDP)", nameEn: nil)
    #expect(renamed.nameZh == "地区生产总值(GDP)")
    #expect(renamed.unit.symbol == "亿元")
    var changedUnit = renamed
    changedUnit.unit = MeasurementUnit(symbol: "万元")!
    #expect(throws: StoreError.self) { try store.saveIndicators([changedUnit]) }
  }

  @Test func theDefaultRegionIsSetByAnyNameAndStoredByCode() throws {
    _ = try store.saveRegions([Self.yibin])
    #expect(try store.defaultRegion() == nil)
    #expect(try store.setDefaultRegion("宜宾").code == "yibin")
    #expect(try store.defaultRegion()?.code == "yibin")
    #expect(try store.setting("default_region") == "yibin")
    #expect(throws: StoreError.self) { try store.setDefaultRegion("火星") }
    #expect(try store.defaultRegion()?.code == "yibin")
  }

  @Test func theCatalogueCheckSaysWhatTheImportWouldRefuse() throws {
    var check = CatalogCheck(try store.catalogIndex())
    func row(_ indicator: String, _ region: String, _ value: String, _ unit: String?) throws -> ObservationInput {
      ObservationInput(
        indicator: indicator, region: region, period: try Period(parsing: "2024"), figure: try Figure(parsing: value),
        unit: unit.flatMap(MeasurementUnit.init(symbol:)), qualifier: .exact, status: .normal, source: SourceReference(title: ""),
        vintage: nil, locator: "", note: "", location: InputLocation(file: "t.csv", line: 2, column: 4),
        indicatorLocation: InputLocation(file: "t.csv", line: 2, column: 1), regionLocation: InputLocation(file: "t.csv", line: 2, column: 2))
    }
    #expect(check.problem(with: try row("gdp", "mianyang", "1", "亿元")) == nil)
    #expect(check.problem(with: try row("gdp", "火星", "1", "亿元"))?.location.column == 2)
    #expect(check.problem(with: try row("不存在", "mianyang", "1", "亿元"))?.location.column == 1)
    #expect(check.problem(with: try row("gdp", "mianyang", "1", "%"))?.location.column == 4)
    #expect(check.problem(with: try row("new_one", "new_place", "1", nil))?.message.contains("needs a unit") == true)
    #expect(check.problem(with: try row("new_one", "new_place", "1", "家")) == nil)
    #expect(check.problem(with: try row("new_one", "new_place", "1", "亿元"))?.location.column == 4)
  }
}

extension RegionDefinition {
  func with(code: String, nameZh: String) -> RegionDefinition {
    RegionDefinition(code: code, nameZh: nameZh, nameEn: code, parent: parent)
  }
}
