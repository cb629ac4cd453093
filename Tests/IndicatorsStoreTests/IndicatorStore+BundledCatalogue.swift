import IndicatorsCSV
import IndicatorsSampleData
import IndicatorsStore

extension IndicatorStore {
  /// A fresh in-memory store holding the bundled catalogue (indicators and regions), where most
  /// store tests start.
  static func withBundledCatalogue() throws -> IndicatorStore {
    let store = try IndicatorStore.inMemory()
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: "indicators.csv")
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: "regions.csv")
    try store.addCatalog(indicators: indicators, regions: regions)
    return store
  }
}
