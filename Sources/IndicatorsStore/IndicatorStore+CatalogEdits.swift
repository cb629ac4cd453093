import GRDB
import IndicatorsCore

/// What a catalogue change did: definitions added, changed (names, parent, new aliases) and
/// left as they were.
package struct CatalogChange: Equatable, Sendable {
  package var added: [String] = []
  package var updated: [String] = []
  package var unchanged = 0

  package init() {}
}

extension IndicatorStore {
  package func saveRegions(_ regions: [RegionDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange {
    try save("regions") { try CatalogEditing.saveRegions(regions, mustBeNew: mustBeNew, $0) }
  }

  package func saveIndicators(_ indicators: [IndicatorDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange {
    try save("indicators") { try CatalogEditing.saveIndicators(indicators, mustBeNew: mustBeNew, $0) }
  }

  /// One catalogue edit in a transaction, audited (as `regions: added …`) when it changed anything.
  private func save(_ what: String, _ edit: (SQLiteCatalog) throws -> CatalogChange) throws(StoreError) -> CatalogChange {
    try write { db in
      let change = try edit(SQLiteCatalog(db))
      if change.changedAnything {
        try Self.audit(db, attribution, .catalogue, subject: "\(what): " + change.auditSubject, rows: change.added.count + change.updated.count)
      }
      return change
    }
  }

  package func addIndicatorAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> IndicatorDefinition {
    try write { db in
      let indicator = try CatalogEditing.addIndicatorAliases(name, aliases, SQLiteCatalog(db))
      try Self.audit(db, attribution, .catalogue, subject: "indicator \(indicator.code): aliases " + aliases.joined(separator: ", "), rows: aliases.count)
      return indicator
    }
  }

  package func addRegionAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> RegionDefinition {
    try write { db in
      let region = try CatalogEditing.addRegionAliases(name, aliases, SQLiteCatalog(db))
      try Self.audit(db, attribution, .catalogue, subject: "region \(region.code): aliases " + aliases.joined(separator: ", "), rows: aliases.count)
      return region
    }
  }
}

/// The catalogue's rows inside one SQLite transaction, for the rules of `CatalogEditing`.
struct SQLiteCatalog: CatalogWrites {
  let db: Database

  init(_ db: Database) { self.db = db }

  func index() throws -> CatalogIndex { try CatalogIndex(db) }

  func insert(_ indicator: IndicatorDefinition) throws { try Catalog.insert(db, indicator) }

  func insert(_ region: RegionDefinition) throws { try Catalog.insert(db, region) }

  func updateIndicator(code: String, nameZh: String, nameEn: String, priceBasis: String, notes: String) throws {
    try db.execute(
      sql: "UPDATE indicator SET nameZh = ?, nameEn = ?, priceBasis = ?, notes = ? WHERE code = ?",
      arguments: [nameZh, nameEn, priceBasis, notes, code])
  }

  func updateRegion(code: String, nameZh: String, nameEn: String, parent: String?) throws {
    try db.execute(
      sql: "UPDATE region SET nameZh = ?, nameEn = ?, parentId = (SELECT id FROM region WHERE code = ?) WHERE code = ?",
      arguments: [nameZh, nameEn, parent, code])
  }

  func insertIndicatorAlias(_ alias: String, to code: String) throws {
    try db.execute(sql: "INSERT INTO indicatorAlias(alias, indicatorId) SELECT ?, id FROM indicator WHERE code = ?", arguments: [alias, code])
  }

  func insertRegionAlias(_ alias: String, to code: String) throws {
    try db.execute(sql: "INSERT INTO regionAlias(alias, regionId) SELECT ?, id FROM region WHERE code = ?", arguments: [alias, code])
  }
}

extension Catalog {
  /// The aliases trimmed, without blanks and repeats, in their order.
  static func distinct(_ aliases: [String]) -> [String] {
    var seen = Set<String>()
    return aliases.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && seen.insert(CatalogIndex.key($0)).inserted }
  }

  /// Refuses names for a new or renamed entry that already name another indicator (or region):
  /// a name must mean one thing.
  static func checkNewNames(_ index: CatalogIndex, code: String, names: [String], _ kind: Entry) throws {
    for name in names where !name.isEmpty {
      if let owner = kind.owner(of: name, in: index), owner.code != code {
        throw StoreError.unknownSeries("'\(name)' already names the \(kind.rawValue) \(owner.code) (\(owner.nameZh)); choose another name")
      }
    }
  }

  /// The two kinds of catalogue entry, which are named alike.
  enum Entry: String {
    case indicator, region

    /// The entry a name already means, if any.
    func owner(of name: String, in index: CatalogIndex) -> (code: String, nameZh: String)? {
      switch self {
      case .indicator: index.indicator(exactly: name).map { ($0.code, $0.nameZh) }
      case .region: index.region(exactly: name).map { ($0.code, $0.nameZh) }
      }
    }
  }
}
