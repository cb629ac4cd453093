import GRDB
import IndicatorsCore

extension IndicatorStore {
  @discardableResult
  package func addCatalog(indicators: [IndicatorDefinition], regions: [RegionDefinition]) throws(StoreError) -> (indicators: Int, regions: Int) {
    try write { db in
      let added = try CatalogEditing.addCatalog(indicators: indicators, regions: regions, SQLiteCatalog(db))
      if added.indicators + added.regions > 0 {
        try Self.audit(
          db, attribution, .catalogue, subject: "catalogue: added \(added.indicators) indicators, \(added.regions) regions",
          rows: added.indicators + added.regions)
      }
      return added
    }
  }

  package func catalogIndex() throws(StoreError) -> CatalogIndex {
    try read { db in try CatalogIndex(db) }
  }

  package func indicator(code: String) throws(StoreError) -> IndicatorDefinition? {
    try read { db in try Catalog.indicator(code: code, db) }
  }

  package func region(code: String) throws(StoreError) -> RegionDefinition? {
    try read { db in try Catalog.region(code: code, db) }
  }

  package func regionsWithSeries(of indicator: String) throws(StoreError) -> [RegionDefinition] {
    try read { db in
      try Catalog.regions(
        where: "r.id IN (SELECT s.regionId FROM seriesSummary s JOIN indicator i ON i.id = s.indicatorId WHERE i.code = ?)",
        arguments: [indicator], db)
    }
  }
}

/// Setting keys.
package enum Settings {
  package static let defaultRegion = "default_region"
}

/// Row mapping and lookups for indicators and regions.
enum Catalog {
  static func indicatorID(_ db: Database, code: String) throws -> Int64? {
    // Cached statements: an import asks once for every code of its file, a thousand times for some.
    try Int64.fetchOne(db.cachedStatement(sql: StoreSQL.indicatorID(.sqlite)), arguments: [code])
  }

  static func regionID(_ db: Database, code: String) throws -> Int64? {
    try Int64.fetchOne(db.cachedStatement(sql: StoreSQL.regionID(.sqlite)), arguments: [code])
  }

  static func insert(_ db: Database, _ indicator: IndicatorDefinition) throws {
    try db.execute(
      sql: """
        INSERT INTO indicator(code, nameZh, nameEn, unit, unitPowerOfTen, measureKind, priceBasis, notes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        indicator.code, indicator.nameZh, indicator.nameEn, indicator.unit.symbol,
        indicator.unit.powerOfTen, indicator.measureKind.rawValue, indicator.priceBasis, indicator.notes,
      ])
  }

  static func insert(_ db: Database, _ region: RegionDefinition) throws {
    let parentID = try region.parent.flatMap { try regionID(db, code: $0) }
    try db.execute(
      sql: "INSERT INTO region(code, nameZh, nameEn, parentId) VALUES (?, ?, ?, ?)",
      arguments: [region.code, region.nameZh, region.nameEn, parentID])
  }

  static func indicator(_ row: Row) -> IndicatorDefinition {
    IndicatorDefinition(
      code: row["code"], nameZh: row["nameZh"], nameEn: row["nameEn"],
      unit: MeasurementUnit(symbol: row["unit"] as String)!,
      measureKind: MeasureKind(rawValue: row["measureKind"])!, priceBasis: row["priceBasis"],
      notes: row["notes"])
  }

  static func region(_ row: Row) -> RegionDefinition {
    RegionDefinition(code: row["code"], nameZh: row["nameZh"], nameEn: row["nameEn"], parent: row["parentCode"])
  }

  /// The indicator whose code is `code`, with its aliases, or nil. A code outranks every other
  /// name, so a direct lookup agrees with `CatalogIndex` and spares reading the whole catalogue.
  static func indicator(code: String, _ db: Database) throws -> IndicatorDefinition? {
    guard IndicatorDefinition.isValidCode(code),
      let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM indicator WHERE code = ?"), arguments: [code])
    else { return nil }
    var found = indicator(row)
    found.aliases = try String.fetchAll(
      db.cachedStatement(sql: "SELECT alias FROM indicatorAlias WHERE indicatorId = ? ORDER BY alias"), arguments: [row["id"] as Int64])
    return found
  }

  /// The region whose code is `code`, with its parent's code and its aliases, or nil.
  static func region(code: String, _ db: Database) throws -> RegionDefinition? {
    guard IndicatorDefinition.isValidCode(code) else { return nil }
    return try regions(where: "r.code = ?", arguments: [code], db).first
  }

  /// The regions a condition on `region r` selects, by code, with parents' codes and aliases.
  static func regions(where condition: String, arguments: StatementArguments, _ db: Database) throws -> [RegionDefinition] {
    try Row.fetchAll(
      db,
      sql: "SELECT r.*, p.code AS parentCode FROM region r LEFT JOIN region p ON p.id = r.parentId WHERE \(condition) ORDER BY r.code",
      arguments: arguments
    ).map { row in
      var found = region(row)
      found.aliases = try String.fetchAll(
        db, sql: "SELECT alias FROM regionAlias WHERE regionId = ? ORDER BY alias", arguments: [row["id"] as Int64])
      return found
    }
  }

  /// A region by code, name or alias; a code is looked up directly (as for indicators).
  ///
  /// `index` answers names and aliases; an import passes the one it built for its first such name,
  /// so that a file with many new codes does not rebuild it for each.
  static func resolveRegion(_ db: Database, _ name: String, index: CatalogIndex? = nil) throws -> RegionDefinition {
    if let found = try region(code: name, db) { return found }
    return try (index ?? CatalogIndex(db)).region(named: name)
  }
}

extension Catalog {
  /// An indicator by exact code, name or alias only (no prefix matching): what an import file must say.
  /// A code, what most rows give, is looked up directly (a code outranks every other name, so
  /// this agrees with `CatalogIndex`); anything else reads the catalogue.
  static func resolveIndicatorExactly(_ db: Database, _ name: String, index: CatalogIndex? = nil) throws -> IndicatorDefinition {
    if let found = try indicator(code: name, db) { return found }
    guard let found = try (index ?? CatalogIndex(db)).indicator(exactly: name) else {
      throw StoreError.unknownSeries("unknown indicator '\(name.trimmingWhitespace())'")
    }
    return found
  }

}

extension Catalog {
  /// The id of a source, adding it if it is new (a source is its title, location and date).
  static func sourceID(_ db: Database, _ source: SourceReference) throws -> Int64 {
    let arguments: StatementArguments = [source.title, source.location, source.published]
    try db.execute(sql: StoreSQL.addSource(.sqlite), arguments: arguments)
    return try Int64.fetchOne(db, sql: StoreSQL.sourceID(.sqlite), arguments: arguments)!
  }
}
