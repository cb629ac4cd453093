import IndicatorsCSV
import IndicatorsCore
import IndicatorsSampleData
import IndicatorsStore
import IndicatorsTargets

/// What `init` does: the bundled catalogue, then (unless only the catalogue is wanted) the sample
/// observations and the plan targets stated in them; mianyang becomes the default region.
/// Loading twice changes nothing.
package enum SampleDataLoader {
  /// The region `init` makes the default when none is set.
  package static let defaultRegion = "mianyang"

  /// Loads the sample data, telling `report` one line per step as it goes.
  package static func load(into store: any IndicatorStoring, catalogueOnly: Bool = false, language: Language = .en, report: (String) -> Void) throws {
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: SampleData.indicatorCatalog)
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: SampleData.regionCatalog)
    let added = try store.addCatalog(indicators: indicators, regions: regions)
    report(Messages.catalogueLoaded(store.path, indicators: indicators.count, regions: regions.count, new: (added.indicators, added.regions), language))
    guard !catalogueOnly else { return }
    for file in SampleData.observationFiles {
      let parsed = try ObservationFile.parse(bytes: SampleData.bytes(file), file: file, targetRows: .collect)
      report(try ImportWorkflow.load(file, parsed, into: store, language: language))
      if !parsed.targetRows.isEmpty {
        report(Messages.planTargetsLoaded(file, try loadTargets(parsed.targetRows, into: store), language))
      }
    }
    if try store.setting(Settings.defaultRegion) == nil {
      try store.setSetting(Settings.defaultRegion, to: defaultRegion)
    }
  }

  /// The plan targets stated in a data file (`kind=target` rows), read into typed targets in the
  /// indicator's unit; rows for unknown indicators, or in a unit that does not convert, are left out.
  /// Returns how many were added.
  static func loadTargets(_ rows: [ObservationInput], into store: any IndicatorStoring) throws -> Int {
    let indicators = Dictionary(uniqueKeysWithValues: try store.indicators().map { ($0.code, $0) })
    var added = 0
    for row in rows {
      guard let indicator = indicators[row.indicator], let number = row.number(in: indicator.unit),
        let target = StatedTarget.interpret(row, indicator: indicator, value: number.doubleValue)
      else { continue }
      try store.addTarget(target)
      added += 1
    }
    return added
  }
}
