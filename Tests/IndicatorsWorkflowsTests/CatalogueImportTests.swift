import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

/// Import as a new city's analyst meets it: bulletin wording, names and aliases, summaries that
/// agree with `show`, sheets saved under other names.
@Suite struct CatalogueImportTests {
  func write(_ text: String, name: String = "import-\(UUID().uuidString).csv") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func load(_ path: String, into store: IndicatorStore, source: SourceReference = SourceReference(title: "")) throws -> String {
    var reader = try ImportWorkflow.open(.file(path), skipTargets: false, sourceDefaults: source)
    return try ImportWorkflow.load(path, &reader, into: store)
  }

  /// The value `show` gives for a period, as a number (nil when the period is not shown).
  func shown(_ store: IndicatorStore, _ indicator: String, _ region: String, _ period: String) throws -> Double? {
    let table = try SeriesTables.show(store, SeriesSelector(indicator: indicator, region: region), asOf: nil, allVintages: false).table
    return table.rows.first { $0[0].exact == period }.flatMap { Double($0[1].exact) }
  }

  /// Mianyang's 2023 GDP reads 4096 (published 2025-01-01); 4038.73 published earlier is recorded
  /// but does not become the value, and the summary says so, as `show` does.
  @Test func theSummaryAndShowAgreeOnTheLatestValue() throws {
    let store = try sampleStore()
    let older = try write("indicator,region,period,value,source,published\ngdp,绵阳市,2023,4038.73,绵阳市情简介 重印,2024-04-17\n")
    let summary = try load(older, into: store)
    #expect(summary.contains("gdp 绵阳市 2023: kept 4096 (newer source); 4038.73 (vintage 2024-04-17) recorded as an earlier version"))
    #expect(!summary.contains("→"))
    #expect(try shown(store, "gdp", "mianyang", "2023") == 4096)

    let newer = try write("indicator,region,period,value,source,published\ngdp,绵阳市,2023,4100,修订公报,2026-01-05\n")
    #expect(try load(newer, into: store).contains("gdp 绵阳市 2023: 4096 → 4100 (vintage 2026-01-05)"))
    #expect(try shown(store, "gdp", "mianyang", "2023") == 4100)
  }

  @Test func theSameSheetUnderAnotherNameAddsNothing() throws {
    let store = try sampleStore()
    let sheet = "指标,地区,单位,2022年,2023年,2024年\n地区生产总值,绵阳市,亿元,3626.94,4096,—\n"
    let first = try write(sheet, name: "gdp.csv")
    let copy = try write(sheet, name: "gdp (1).csv")
    let before = try store.observations(ObservationQuery(allVintages: true)).count
    _ = try load(first, into: store, source: SourceReference(title: "绵阳统计年鉴", published: "2025-06"))
    let afterFirst = try store.observations(ObservationQuery(allVintages: true)).count
    let again = try load(copy, into: store, source: SourceReference(title: "绵阳统计年鉴", published: "2025-06"))
    #expect(again.contains(": 0 added, 0 new vintages, 2 unchanged"))
    #expect(again.contains("1 row says no data"))
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == afterFirst)
    #expect(afterFirst == before + 2)

    // Without a source the same holds: the file name is not made a source.
    let unnamed = try write("indicator,region,unit,2019\ngdp,mianyang,亿元,2856.2\n", name: "a.csv")
    let renamed = try write("indicator,region,unit,2019\ngdp,mianyang,亿元,2856.2\n", name: "b.csv")
    _ = try load(unnamed, into: store)
    #expect(try load(renamed, into: store).contains(": 0 added, 0 new vintages, 1 unchanged"))
  }

  /// --dry-run refuses what the import refuses, with every mistake and its own column.
  @Test func aDryRunChecksTheCatalogueLikeTheImport() throws {
    let store = try sampleStore()
    let bad = try write("indicator,region,period,value\ngdp,宜宾市,2024,3700\n不存在的指标,mianyang,2024,1\ngdp,mianyang,2024,abc\n")
    var catalog = CatalogCheck(try store.catalogIndex())
    var dryRunError: InputError?
    do { _ = try ImportWorkflow.check(.file(bad), skipTargets: false, catalog: &catalog) } catch let error as InputError { dryRunError = error }
    var importError: InputError?
    do { _ = try load(bad, into: store) } catch let error as StoreError {
      if case .input(let input) = error { importError = input }
    }
    let places = dryRunError.map { [$0.location] + $0.further.map(\.location) }
    #expect(places == [
      InputLocation(file: bad, line: 2, column: 2), InputLocation(file: bad, line: 3, column: 1), InputLocation(file: bad, line: 4, column: 4),
    ])
    #expect(importError == dryRunError)

    // Once the city exists under its Chinese name, the same row is taken.
    _ = try store.saveRegions([RegionDefinition(code: "yibin", nameZh: "宜宾市", nameEn: "Yibin", parent: "sichuan")])
    let good = try write("指标,地区,时期,数值,单位\n地区生产总值,宜宾市,2024年全年,3700,亿元\nGDP增速,宜宾市,2024年前三季度,同比增长6.0%,%\n")
    #expect(try load(good, into: store).contains(": 2 added"))
    #expect(try shown(store, "gdp_growth", "宜宾市", "2024YTD9") == 6)
  }

  @Test func aRegionMadeByItsCodeIsNamedLater() throws {
    let store = try sampleStore()
    let file = try write("indicator,region,period,value,unit\ngdp,luzhou,2024,2600,亿元\n")
    #expect(try load(file, into: store).contains("new regions: luzhou (named by their codes: `indicators region rename CODE --zh 名称 --en Name`)"))
    #expect(try store.region(named: "luzhou").nameZh == "luzhou")
    _ = try CatalogueWorkflow.renameRegion("luzhou", nameZh: "泸州市", nameEn: "Luzhou", parent: "四川省", in: store)
    let renamed = try store.region(named: "泸州市")
    #expect(renamed.code == "luzhou" && renamed.parent == "sichuan")
  }

  @Test func aCatalogueFileAddsAndUpdates() throws {
    let store = try sampleStore()
    let file = try write("code,name_zh,name_en,parent,aliases\nyibin,宜宾市,Yibin,sichuan,宜宾\nmianyang,绵阳市,Mianyang City,sichuan,\n")
    let summary = try CatalogueWorkflow.addRegions(file: file, to: store)
    #expect(summary.contains("1 region added, 1 updated, 0 unchanged"))
    #expect(try store.region(named: "宜宾").code == "yibin")
    #expect(try CatalogueWorkflow.addRegions(file: file, to: store).contains("0 regions added, 0 updated, 2 unchanged"))
    let table = try CatalogueWorkflow.regionTable(store)
    #expect(lines(table).contains("mianyang,绵阳市,Mianyang City,sichuan,绵阳,*"))
  }
}
