import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct SampleDataLoaderTests {
  @Test func loadsOnceAndThenChangesNothing() throws {
    let store = try IndicatorStore.inMemory()
    var first: [String] = []
    try SampleDataLoader.load(into: store) { first.append($0) }
    #expect(first[0].hasSuffix("catalogue has 154 indicators and 5 regions (154 and 5 new)"))
    #expect(first.contains { $0.hasPrefix("seed_figures.csv: 56 added, 20 new vintages") })
    // 177 observation rows and 2 plan targets in bulletin_figures.csv (see Data/bulletin_figures.md).
    #expect(first.contains { $0.hasPrefix("bulletin_figures.csv: 139 added, 38 new vintages") })
    #expect(first.contains { $0 == "bulletin_figures.csv: 2 plan targets" })
    #expect(first.contains { $0.hasSuffix("plan targets") })
    #expect(try store.setting(Settings.defaultRegion) == SampleDataLoader.defaultRegion)
    let targets = try store.targets().count
    #expect(targets > 0)

    var second: [String] = []
    try SampleDataLoader.load(into: store) { second.append($0) }
    #expect(second[0].hasSuffix("(0 and 0 new)"))
    #expect(second.contains { $0.contains("0 added, 0 new vintages, 76 unchanged") })
    #expect(second.contains { $0.hasPrefix("bulletin_figures.csv: 0 added, 0 new vintages, 177 unchanged") })
    #expect(try store.targets().count == targets)
  }

  @Test func catalogueOnly() throws {
    let store = try IndicatorStore.inMemory()
    var lines: [String] = []
    try SampleDataLoader.load(into: store, catalogueOnly: true) { lines.append($0) }
    #expect(lines.count == 1)
    #expect(try store.indicators().count == 154)
    #expect(try store.seriesSummaries().isEmpty)
    #expect(try store.setting(Settings.defaultRegion) == nil)
  }
}
