import ArgumentParser
import IndicatorsCSV
import IndicatorsCore
import IndicatorsSampleData
import IndicatorsStore
import IndicatorsTargets

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the database and load the bundled sample data.",
    discussion: """
      Loads the indicator and region catalogue, then (unless --empty) the sample observations:
      Data/regional_indicators_sourced.csv (real Mianyang, Sichuan and Chengdu series with their
      sources and revisions) and Data/seed_figures.csv (the figures of the five seed documents).
      Running it again changes nothing. The default region becomes mianyang.
      """)

  @OptionGroup var store: StoreOptions

  @Flag(help: "Create the database with the catalogue only, without sample observations.")
  var empty = false

  func run() throws {
    let database = try store.open(create: true)
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: SampleData.indicatorCatalog)
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: SampleData.regionCatalog)
    let added = try database.addCatalog(indicators: indicators, regions: regions)
    Console.note("\(database.path): catalogue has \(indicators.count) indicators and \(regions.count) regions (\(added.indicators) and \(added.regions) new)")
    guard !empty else { return }
    for file in SampleData.observationFiles {
      let parsed = try ObservationFile.parse(bytes: SampleData.bytes(file), file: file, targetRows: .collect)
      let summary = try database.importObservations(parsed.observations, file: file, importDate: .today)
      Console.note(ImportCommand.describe(summary, file: file, parsed: parsed))
      if !parsed.targetRows.isEmpty { try Self.loadTargets(parsed.targetRows, file: file, into: database) }
    }
    if try database.setting(Settings.defaultRegion) == nil {
      try database.setSetting(Settings.defaultRegion, to: "mianyang")
    }
  }
}

extension InitCommand {
  /// The plan targets stated in a data file (`kind=target` rows), read into typed targets.
  static func loadTargets(_ rows: [ObservationInput], file: String, into database: IndicatorStore) throws {
    let indicators = Dictionary(uniqueKeysWithValues: try database.indicators().map { ($0.code, $0) })
    var added = 0
    for row in rows {
      guard let indicator = indicators[row.indicator] else { continue }
      let power = row.unit.flatMap { $0.powerOfTen(to: indicator.unit) } ?? 0
      guard let target = StatedTarget.interpret(row, indicator: indicator, value: row.figure.number.scaled(byPowerOfTen: power).doubleValue) else { continue }
      try database.addTarget(target)
      added += 1
    }
    Console.note("\(file): \(added) plan targets")
  }
}
