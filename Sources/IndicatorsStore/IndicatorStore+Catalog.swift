import GRDB
import IndicatorsCore

extension IndicatorStore {
  /// Adds indicators and regions that are not there yet; existing definitions are left alone (a
  /// user may have renamed them). Returns how many of each were added.
  @discardableResult
  package func addCatalog(indicators: [IndicatorDefinition], regions: [RegionDefinition]) throws(StoreError) -> (indicators: Int, regions: Int) {
    try write { db in
      var added = (indicators: 0, regions: 0)
      for indicator in indicators where try Catalog.indicatorID(db, code: indicator.code) == nil {
        try Catalog.insert(db, indicator)
        added.indicators += 1
      }
      for region in regions where try Catalog.regionID(db, code: region.code) == nil {
        try Catalog.insert(db, region)
        added.regions += 1
      }
      return added
    }
  }

  package func indicators() throws(StoreError) -> [IndicatorDefinition] {
    try read { db in try Row.fetchAll(db, sql: "SELECT * FROM indicator ORDER BY code").map(Catalog.indicator) }
  }

  package func regions() throws(StoreError) -> [RegionDefinition] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT r.*, p.code AS parentCode FROM region r LEFT JOIN region p ON p.id = r.parentId ORDER BY r.code"
      ).map(Catalog.region)
    }
  }

  /// The indicator a user means by a code, Chinese or English name, or a unique code prefix.
  package func indicator(named name: String) throws(StoreError) -> IndicatorDefinition {
    try read { db in try Catalog.resolveIndicator(db, name) }
  }

  /// The region a user means by a code, Chinese name or English name (any case).
  package func region(named name: String) throws(StoreError) -> RegionDefinition {
    try read { db in try Catalog.resolveRegion(db, name) }
  }

  /// Finds the series a user means by an indicator name (code, Chinese or English name, or a
  /// unique prefix of a code) and an optional region; without a region, the default region is
  /// used when it has the indicator, or the only region that does.
  package func resolveSeries(indicator name: String, region regionName: String?) throws(StoreError) -> (IndicatorDefinition, RegionDefinition) {
    let defaultRegion = try setting(Settings.defaultRegion)
    return try read { db in
      let indicator = try Catalog.resolveIndicator(db, name)
      let regionsWithData = try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT r.*, p.code AS parentCode FROM observation o JOIN region r ON r.id = o.regionId
          LEFT JOIN region p ON p.id = r.parentId
          JOIN indicator i ON i.id = o.indicatorId WHERE i.code = ? ORDER BY r.code
          """, arguments: [indicator.code]
      ).map(Catalog.region)
      if let regionName {
        return (indicator, try Catalog.resolveRegion(db, regionName))
      }
      if let defaultRegion, let region = regionsWithData.first(where: { $0.code == defaultRegion }) {
        return (indicator, region)
      }
      if regionsWithData.count == 1 { return (indicator, regionsWithData[0]) }
      if regionsWithData.isEmpty {
        throw StoreError.unknownSeries("\(indicator.code) has no observations in any region")
      }
      throw StoreError.ambiguousSeries(
        "\(indicator.code) exists for \(regionsWithData.count) regions: \(regionsWithData.map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", ")); pass --region")
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
    try Int64.fetchOne(db, sql: "SELECT id FROM indicator WHERE code = ?", arguments: [code])
  }

  static func regionID(_ db: Database, code: String) throws -> Int64? {
    try Int64.fetchOne(db, sql: "SELECT id FROM region WHERE code = ?", arguments: [code])
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

  /// The indicator whose code, Chinese name or English name (any case) is `key`; a code wins.
  static func indicatorNamed(_ db: Database, _ key: String) throws -> IndicatorDefinition? {
    try Row.fetchOne(
      db, sql: "SELECT * FROM indicator WHERE code = ? OR nameZh = ? OR lower(nameEn) = lower(?) ORDER BY code = ? DESC LIMIT 1",
      arguments: [key, key, key, key]
    ).map(indicator)
  }

  static func resolveIndicator(_ db: Database, _ name: String) throws -> IndicatorDefinition {
    let key = name.trimmingWhitespace()
    if let found = try indicatorNamed(db, key) { return found }
    let candidates = try Row.fetchAll(
      db, sql: "SELECT * FROM indicator WHERE code LIKE ? || '%' OR instr(nameZh, ?) > 0 ORDER BY code",
      arguments: [key, key]
    ).map(indicator)
    if candidates.count == 1 { return candidates[0] }
    if candidates.isEmpty {
      throw StoreError.unknownSeries("no indicator called '\(key)'; `indicators list` shows what there is")
    }
    throw StoreError.ambiguousSeries(
      "'\(key)' matches \(candidates.count) indicators: \(candidates.prefix(12).map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", "))")
  }

  static func resolveRegion(_ db: Database, _ name: String) throws -> RegionDefinition {
    let key = name.trimmingWhitespace()
    let sql = "SELECT r.*, p.code AS parentCode FROM region r LEFT JOIN region p ON p.id = r.parentId"
    if let row = try Row.fetchOne(
      db, sql: "\(sql) WHERE r.code = ? OR r.nameZh = ? OR lower(r.nameEn) = lower(?) LIMIT 1", arguments: [key, key, key])
    {
      return region(row)
    }
    let all = try Row.fetchAll(db, sql: "\(sql) ORDER BY r.code").map(region)
    throw StoreError.unknownSeries(
      "no region called '\(key)'; known regions: \(all.map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", "))")
  }
}

extension Catalog {
  /// An indicator by exact code or name only (no prefix matching): what an import file must say.
  static func resolveIndicatorExactly(_ db: Database, _ name: String) throws -> IndicatorDefinition {
    let key = name.trimmingWhitespace()
    guard let found = try indicatorNamed(db, key) else { throw StoreError.unknownSeries("unknown indicator '\(key)'") }
    return found
  }
}

extension Catalog {
  /// The id of a source, adding it if it is new (a source is its title, location and date).
  static func sourceID(_ db: Database, _ source: SourceReference) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO source(title, location, published) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      arguments: [source.title, source.location, source.published])
    return try Int64.fetchOne(
      db, sql: "SELECT id FROM source WHERE title = ? AND location = ? AND published = ?",
      arguments: [source.title, source.location, source.published])!
  }
}
