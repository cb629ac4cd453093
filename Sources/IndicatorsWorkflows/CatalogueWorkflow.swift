import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// What `region` and `indicator` do: add, rename and name the catalogue's entries, one at a time
/// or from a catalogue CSV file (the layout of the bundled `Data/indicators.csv` and
/// `Data/regions.csv`, with Chinese headers accepted), and list them.
package enum CatalogueWorkflow {
  /// Adds one region; an existing code is refused (rename it instead).
  package static func addRegion(_ region: RegionDefinition, to store: any IndicatorStoring, language: Language = .en) throws -> String {
    let change = try store.saveRegions([region], mustBeNew: true)
    let added = try store.region(named: change.added.first ?? region.code)
    return Messages.region(added, .added, language)
  }

  /// Adds the regions of a catalogue file and updates those already there (names, parent, new
  /// aliases), in one transaction.
  package static func addRegions(file: String, to store: any IndicatorStoring, language: Language = .en) throws -> String {
    let regions = try CatalogFile.regions(bytes: read(file), file: file)
    return summary(file, try store.saveRegions(regions), region: true, language)
  }

  /// Adds one indicator; an existing code is refused (give it an alias instead).
  package static func addIndicator(_ indicator: IndicatorDefinition, to store: any IndicatorStoring, language: Language = .en) throws -> String {
    _ = try store.saveIndicators([indicator], mustBeNew: true)
    return Messages.indicator(try store.indicator(named: indicator.code), .added, language)
  }

  /// Adds the indicators of a catalogue file and updates those already there.
  package static func addIndicators(file: String, to store: any IndicatorStoring, language: Language = .en) throws -> String {
    let indicators = try CatalogFile.indicators(bytes: read(file), file: file)
    return summary(file, try store.saveIndicators(indicators), region: false, language)
  }

  package static func renameRegion(
    _ name: String, nameZh: String?, nameEn: String?, parent: String?, in store: any IndicatorStoring, language: Language = .en
  ) throws -> String {
    guard nameZh != nil || nameEn != nil || parent != nil else {
      throw WorkflowError(language.pick("请给出新名称：--zh 名称、--en 英文名或 --parent 上级地区", "give the new name: --zh NAME, --en NAME or --parent REGION"))
    }
    return Messages.region(try store.renameRegion(name, nameZh: nameZh, nameEn: nameEn, parent: parent), .renamed, language)
  }

  package static func renameIndicator(
    _ name: String, nameZh: String?, nameEn: String?, in store: any IndicatorStoring, language: Language = .en
  ) throws -> String {
    guard nameZh != nil || nameEn != nil else {
      throw WorkflowError(language.pick("请给出新名称：--zh 名称或 --en 英文名", "give the new name: --zh NAME or --en NAME"))
    }
    return Messages.indicator(try store.renameIndicator(name, nameZh: nameZh, nameEn: nameEn), .renamed, language)
  }

  package static func aliasRegion(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language = .en) throws -> String {
    Messages.region(try store.addRegionAliases(name, aliases), .aliased, language)
  }

  package static func aliasIndicator(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language = .en) throws -> String {
    Messages.indicator(try store.addIndicatorAliases(name, aliases), .aliased, language)
  }

  /// Every region: code, names, parent, aliases, and which one is the default.
  package static func regionTable(_ store: any IndicatorStoring) throws -> Table {
    let defaultCode = try store.defaultRegion()?.code
    var table = Table(columns: [
      .init("code", "代码"), .init("name_zh", "中文名"), .init("name_en", "英文名"), .init("parent", "上级"),
      .init("aliases", "别名"), .init("default", "默认"),
    ])
    for region in try store.regions() {
      table.rows.append([
        .text(region.code), .text(region.nameZh), .text(region.nameEn), .text(region.parent ?? ""),
        .text(region.aliases.joined(separator: ";")), .text(region.code == defaultCode ? "*" : ""),
      ])
    }
    return table
  }

  /// Every indicator: code, names, unit, kind, aliases.
  package static func indicatorTable(_ store: any IndicatorStoring, language: Language = .en) throws -> Table {
    var table = Table(columns: [
      .init("code", "代码"), .init("name_zh", "中文名"), .init("name_en", "英文名"), .init("unit", "单位"),
      .init("measure_kind", "类型"), .init("aliases", "别名"),
    ])
    for indicator in try store.indicators() {
      table.rows.append([
        .text(indicator.code), .text(indicator.nameZh), .text(indicator.nameEn), .text(indicator.unit.symbol),
        .coded(indicator.measureKind.rawValue, shown: Wording.measureKind(indicator.measureKind, language)), .text(indicator.aliases.joined(separator: ";")),
      ])
    }
    return table
  }

  static func summary(_ file: String, _ change: CatalogChange, region: Bool, _ language: Language) -> String {
    Messages.catalogueFile(
      file, added: change.added, updated: change.updated, unchanged: change.unchanged, region: region, list: { ImportWorkflow.list($0, language) },
      language)
  }

  static func read(_ file: String) throws -> [UInt8] {
    try ImportWorkflow.checkReadable([file])
    guard let data = FileManager.default.contents(atPath: file) else { throw WorkflowError("\(file): cannot be read") }
    return [UInt8](data)
  }
}

/// What `config` reads and writes: settings kept in the database.
package enum ConfigWorkflow {
  /// The settings a user may set.
  package enum Key: String, CaseIterable, Sendable {
    /// The region commands use when none is given.
    case region
  }

  /// Sets a setting; the region is checked and stored by code (a name or alias is accepted).
  package static func set(_ key: Key, to value: String, in store: any IndicatorStoring, language: Language = .en) throws -> String {
    switch key {
    case .region: Messages.defaultRegion(try store.setDefaultRegion(value), language)
    }
  }

  /// The setting's value (the region's code), or nil when unset.
  package static func get(_ key: Key, in store: any IndicatorStoring) throws -> String? {
    switch key {
    case .region: try store.defaultRegion()?.code
    }
  }
}
