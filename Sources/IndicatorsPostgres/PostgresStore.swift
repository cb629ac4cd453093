import Foundation
import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// The indicator store on a PostgreSQL server (`--db postgresql://user@host:port/dbname`), for a
/// team that shares one database: the same schema, migrations and rules as the SQLite file
/// (`IndicatorStore`), held to them by the same conformance tests.
///
/// Writers take turns on an advisory lock for the length of their transaction, as SQLite's
/// writers take turns on the file; readers read a snapshot and never wait. Every write is one
/// transaction: a command that fails, or a process that is killed, leaves nothing behind.
package struct PostgresStore: IndicatorStoring {
  let session: PostgresSession
  /// Seconds a writer waits for another one's transaction before giving up (`StoreError.busy`).
  let busyTimeout: Int
  let waiting: @Sendable () -> Void
  /// Who the writes are recorded as in the audit log (by default, the database user).
  package var attribution = Attribution()

  package var path: String { session.location.description }

  /// Connects and applies pending migrations. With `create`, an empty database becomes a store,
  /// and a database the server does not have yet is created (by the URL's user, on the server's
  /// `postgres` database) — what `indicators init` needs.
  ///
  /// With `connections`, the store works on a pool of up to that many connections
  /// (postgres-nio's `PostgresClient`), so that callers on several threads (`indicators serve`'s
  /// requests) read side by side instead of taking turns on one connection.
  package init(
    _ location: PostgresLocation, create: Bool, busyTimeout: Int = IndicatorStore.defaultBusyTimeout, connections: Int? = nil,
    waiting: @escaping @Sendable () -> Void = {}
  ) throws(StoreError) {
    var session: PostgresSession
    do {
      session = try PostgresSession(location)
    } catch .unusable(_, let reason) where create && reason.hasPrefix(PostgresSession.noSuchDatabase) {
      try Self.createDatabase(location)
      session = try PostgresSession(location)
    }
    try PostgresSchema.migrate(session, create: create, busyTimeout: busyTimeout, waiting: waiting)
    if let connections { session = try PostgresSession(location, connections: connections) }
    self.session = session
    self.busyTimeout = busyTimeout
    self.waiting = waiting
  }

  /// The connections `indicators serve` pools on PostgreSQL.
  package static let servePoolSize = 10

  /// Creates the database `location` names, from the server's maintenance database `postgres`.
  static func createDatabase(_ location: PostgresLocation) throws(StoreError) {
    var maintenance = location
    maintenance.database = "postgres"
    let session = try PostgresSession(maintenance)
    let name = "\"" + location.database.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    do {
      try session.exclusively { try session.runScript("CREATE DATABASE \(name)") }
    } catch {
      throw PostgresSession.translate(error, location)
    }
  }

  /// One write transaction that commits unless `body` throws.
  func write<T>(_ body: () throws -> T) throws(StoreError) -> T {
    try session.writeTransaction(busyTimeout: busyTimeout, waiting: waiting) { (try body(), true) }
  }

  func read<T>(_ body: () throws -> T) throws(StoreError) -> T {
    try session.readTransaction(body)
  }

  // MARK: Settings

  package func setting(_ key: String) throws(StoreError) -> String? {
    try read { try session.rows("SELECT value FROM setting WHERE key = $1", [.text(key)]).first?[0].decode(String.self) }
  }

  package func setSetting(_ key: String, to value: String) throws(StoreError) {
    try write {
      try session.run(
        "INSERT INTO setting(key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [.text(key), .text(value)])
      try audit(.setting, subject: "\(key) = \(value)", rows: 1)
    }
  }

  // MARK: Catalogue

  package func catalogIndex() throws(StoreError) -> CatalogIndex {
    try read { try PostgresCatalog(session).index() }
  }

  package func indicator(code: String) throws(StoreError) -> IndicatorDefinition? {
    guard IndicatorDefinition.isValidCode(code) else { return nil }
    return try read { try PostgresCatalog(session).indicator(code: code) }
  }

  package func region(code: String) throws(StoreError) -> RegionDefinition? {
    guard IndicatorDefinition.isValidCode(code) else { return nil }
    return try read { try PostgresCatalog(session).region(code: code) }
  }

  @discardableResult
  package func addCatalog(indicators: [IndicatorDefinition], regions: [RegionDefinition]) throws(StoreError) -> (indicators: Int, regions: Int) {
    try write {
      let added = try CatalogEditing.addCatalog(indicators: indicators, regions: regions, PostgresCatalog(session))
      if added.indicators + added.regions > 0 {
        try audit(
          .catalogue, subject: "catalogue: added \(added.indicators) indicators, \(added.regions) regions",
          rows: added.indicators + added.regions)
      }
      return added
    }
  }

  package func saveRegions(_ regions: [RegionDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange {
    try save("regions") { try CatalogEditing.saveRegions(regions, mustBeNew: mustBeNew, $0) }
  }

  package func saveIndicators(_ indicators: [IndicatorDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange {
    try save("indicators") { try CatalogEditing.saveIndicators(indicators, mustBeNew: mustBeNew, $0) }
  }

  /// One catalogue edit in a transaction, audited (as `regions: added …`) when it changed anything.
  private func save(_ what: String, _ edit: (PostgresCatalog) throws -> CatalogChange) throws(StoreError) -> CatalogChange {
    try write {
      let change = try edit(PostgresCatalog(session))
      if change.changedAnything {
        try audit(.catalogue, subject: "\(what): " + change.auditSubject, rows: change.added.count + change.updated.count)
      }
      return change
    }
  }

  package func addIndicatorAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> IndicatorDefinition {
    try write {
      let indicator = try CatalogEditing.addIndicatorAliases(name, aliases, PostgresCatalog(session))
      try audit(.catalogue, subject: "indicator \(indicator.code): aliases " + aliases.joined(separator: ", "), rows: aliases.count)
      return indicator
    }
  }

  package func addRegionAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> RegionDefinition {
    try write {
      let region = try CatalogEditing.addRegionAliases(name, aliases, PostgresCatalog(session))
      try audit(.catalogue, subject: "region \(region.code): aliases " + aliases.joined(separator: ", "), rows: aliases.count)
      return region
    }
  }

  package func regionsWithSeries(of indicator: String) throws(StoreError) -> [RegionDefinition] {
    try read {
      try PostgresCatalog(session).regions(
        where: "r.id IN (SELECT s.regionId FROM seriesSummary s JOIN indicator i ON i.id = s.indicatorId WHERE i.code = $1)",
        [.text(indicator)])
    }
  }

  package func seriesCount() throws(StoreError) -> Int {
    try read { Int(try session.scalar(Int64.self, "SELECT count(*) FROM seriesSummary")) }
  }
}

/// The catalogue's rows inside one transaction of a session.
struct PostgresCatalog: CatalogWrites {
  let session: PostgresSession

  init(_ session: PostgresSession) { self.session = session }

  func index() throws -> CatalogIndex {
    var indicatorAliases: [String: [String]] = [:]
    for row in try session.rows("SELECT i.code, a.alias FROM indicatorAlias a JOIN indicator i ON i.id = a.indicatorId ORDER BY a.alias") {
      indicatorAliases[try row[0].decode(String.self), default: []].append(try row[1].decode(String.self))
    }
    var regionAliases: [String: [String]] = [:]
    for row in try session.rows("SELECT r.code, a.alias FROM regionAlias a JOIN region r ON r.id = a.regionId ORDER BY a.alias") {
      regionAliases[try row[0].decode(String.self), default: []].append(try row[1].decode(String.self))
    }
    let indicators = try session.rows("SELECT \(Self.indicatorColumns) FROM indicator i").map { row in
      var indicator = try Self.indicator(row)
      indicator.aliases = indicatorAliases[indicator.code] ?? []
      return indicator
    }
    let regions = try session.rows("SELECT \(Self.regionColumns) FROM region r LEFT JOIN region p ON p.id = r.parentId").map { row in
      var region = try Self.region(row)
      region.aliases = regionAliases[region.code] ?? []
      return region
    }
    return CatalogIndex(indicators: indicators, regions: regions)
  }

  /// The indicator with this code and its aliases (in the order of `index()`), in one query.
  func indicator(code: String) throws -> IndicatorDefinition? {
    guard
      let row = try session.rows(
        """
        SELECT \(Self.indicatorColumns), ARRAY(SELECT a.alias FROM indicatorAlias a WHERE a.indicatorId = i.id ORDER BY a.alias)
        FROM indicator i WHERE i.code = $1
        """, [.text(code)]
      ).first
    else { return nil }
    var indicator = try Self.indicator(row)
    indicator.aliases = try row[7].decode([String].self)
    return indicator
  }

  /// The region with this code, its parent's code and its aliases, in one query.
  func region(code: String) throws -> RegionDefinition? {
    try regions(where: "r.code = $1", [.text(code)]).first
  }

  /// The regions a condition on `region r` selects, with their parents' codes and aliases, in one
  /// query.
  func regions(where condition: String, _ values: [SQLValue]) throws -> [RegionDefinition] {
    try session.rows(
      """
      SELECT \(Self.regionColumns), ARRAY(SELECT a.alias FROM regionAlias a WHERE a.regionId = r.id ORDER BY a.alias)
      FROM region r LEFT JOIN region p ON p.id = r.parentId WHERE \(condition)
      """, values
    ).map { row in
      var region = try Self.region(row)
      region.aliases = try row[4].decode([String].self)
      return region
    }
  }

  /// The columns `indicator(_:)` reads, of `indicator i`.
  static let indicatorColumns = "i.code, i.nameZh, i.nameEn, i.unit, i.measureKind, i.priceBasis, i.notes"

  /// An indicator (without aliases) from the columns `indicatorColumns`.
  static func indicator(_ row: PostgresRandomAccessRow) throws -> IndicatorDefinition {
    let code = try row[0].decode(String.self)
    let unit = try row[3].decode(String.self)
    let kind = try row[4].decode(String.self)
    guard let measurement = MeasurementUnit(symbol: unit), let measureKind = MeasureKind(rawValue: kind) else {
      throw StoreError.sqlite("indicator \(code) has unit '\(unit)' and kind '\(kind)', which this version does not know")
    }
    return IndicatorDefinition(
      code: code, nameZh: try row[1].decode(String.self), nameEn: try row[2].decode(String.self), unit: measurement,
      measureKind: measureKind, priceBasis: try row[5].decode(String.self), notes: try row[6].decode(String.self))
  }

  /// The columns `region(_:)` reads, of `region r` and its parent `p`.
  static let regionColumns = "r.code, r.nameZh, r.nameEn, p.code"

  /// A region (without aliases) from the columns `regionColumns`.
  static func region(_ row: PostgresRandomAccessRow) throws -> RegionDefinition {
    RegionDefinition(
      code: try row[0].decode(String.self), nameZh: try row[1].decode(String.self), nameEn: try row[2].decode(String.self),
      parent: try row[3].decode(String?.self))
  }

  func insert(_ indicator: IndicatorDefinition) throws {
    try session.run(
      """
      INSERT INTO indicator(code, nameZh, nameEn, unit, unitPowerOfTen, measureKind, priceBasis, notes)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      """,
      [
        .text(indicator.code), .text(indicator.nameZh), .text(indicator.nameEn), .text(indicator.unit.symbol),
        .int(indicator.unit.powerOfTen), .text(indicator.measureKind.rawValue), .text(indicator.priceBasis), .text(indicator.notes),
      ])
  }

  func insert(_ region: RegionDefinition) throws {
    try session.run(
      "INSERT INTO region(code, nameZh, nameEn, parentId) VALUES ($1, $2, $3, (SELECT id FROM region WHERE code = $4))",
      [.text(region.code), .text(region.nameZh), .text(region.nameEn), .text(region.parent)])
  }

  func updateIndicator(code: String, nameZh: String, nameEn: String, priceBasis: String, notes: String) throws {
    try session.run(
      "UPDATE indicator SET nameZh = $1, nameEn = $2, priceBasis = $3, notes = $4 WHERE code = $5",
      [.text(nameZh), .text(nameEn), .text(priceBasis), .text(notes), .text(code)])
  }

  func updateRegion(code: String, nameZh: String, nameEn: String, parent: String?) throws {
    try session.run(
      "UPDATE region SET nameZh = $1, nameEn = $2, parentId = (SELECT id FROM region WHERE code = $3) WHERE code = $4",
      [.text(nameZh), .text(nameEn), .text(parent), .text(code)])
  }

  func insertIndicatorAlias(_ alias: String, to code: String) throws {
    try session.run("INSERT INTO indicatorAlias(alias, indicatorId) SELECT $1, id FROM indicator WHERE code = $2", [.text(alias), .text(code)])
  }

  func insertRegionAlias(_ alias: String, to code: String) throws {
    try session.run("INSERT INTO regionAlias(alias, regionId) SELECT $1, id FROM region WHERE code = $2", [.text(alias), .text(code)])
  }

  /// The id of a source, adding it if it is new.
  func sourceID(_ source: SourceReference) throws -> Int64 {
    let values: [SQLValue] = [.text(source.title), .text(source.location), .text(source.published)]
    try session.run(StoreSQL.addSource(.postgres), values)
    return try session.scalar(Int64.self, StoreSQL.sourceID(.postgres), values)
  }
}
