import IndicatorsCore
import IndicatorsStore

/// What `sync` does: copies a whole store into another one that has no observations yet (SQLite
/// to PostgreSQL or back): the catalogue with its aliases, every import batch with every vintage
/// in the order it was recorded (sources with them), the targets and the settings. An export of
/// either side afterwards is the same file.
package enum SyncWorkflow {
  /// What was copied.
  package struct Copied: Equatable, Sendable {
    package var indicators = 0
    package var regions = 0
    package var batches = 0
    package var observations = 0
    package var targets = 0
    package var settings = 0
  }

  package static func copy(from source: any StoreCopying, to destination: any StoreCopying) throws -> Copied {
    if try !destination.importBatches().isEmpty || !(try destination.targets()).isEmpty {
      throw StoreError.unusable(
        path: destination.path, reason: "already holds observations or targets; sync copies into a new database (create one with `indicators init --empty`)")
    }
    var copied = Copied()
    let catalogue = try source.catalogIndex()
    copied.indicators = catalogue.indicators.count
    copied.regions = catalogue.regions.count
    _ = try destination.saveIndicators(catalogue.indicators, mustBeNew: false)
    _ = try destination.saveRegions(parentsFirst(catalogue.regions), mustBeNew: false)
    let batches = try source.importBatches()
    try destination.restoreImportBatches(batches)
    copied.batches = batches.count
    copied.observations = batches.reduce(0) { $0 + $1.observations.count }
    // In the order they were added, so that their numbers (`target rm ID`) stay the same when no
    // target was ever removed from the source.
    for target in try source.targets().sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
      var copy = target
      copy.id = nil
      try destination.addTarget(copy)
      copied.targets += 1
    }
    for (key, value) in try source.settings().sorted(by: { $0.key < $1.key }) {
      try destination.setSetting(key, to: value)
      copied.settings += 1
    }
    return copied
  }

  /// The regions with every parent before its children (`saveRegions` needs a parent to exist).
  static func parentsFirst(_ regions: [RegionDefinition]) -> [RegionDefinition] {
    let byCode = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0) })
    var placed = Set<String>()
    var ordered: [RegionDefinition] = []
    func place(_ region: RegionDefinition) {
      guard placed.insert(region.code).inserted else { return }
      if let parent = region.parent.flatMap({ byCode[$0] }) { place(parent) }
      ordered.append(region)
    }
    regions.forEach(place)
    return ordered
  }

  /// `synced 95 indicators, 41 regions, 1,234 observations in 9 imports, 12 targets and 1 setting from A to B`.
  package static func message(_ copied: Copied, from: String, to: String, _ language: Language) -> String {
    language.pick(
      "已从 \(from) 同步到 \(to)：\(copied.indicators) 个指标、\(copied.regions) 个地区、\(copied.batches) 次导入中的 \(copied.observations) 条数据、\(copied.targets) 个目标、\(copied.settings) 项设置",
      "synced \(copied.indicators) indicators, \(copied.regions) regions, \(copied.observations) observations in \(copied.batches) imports, \(copied.targets) targets and \(copied.settings) settings from \(from) to \(to)")
  }
}
