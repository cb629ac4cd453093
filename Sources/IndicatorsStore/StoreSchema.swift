import GRDB

/// The database schema, as a list of migrations. A released migration is never edited: a change
/// is a new migration with a new identifier.
enum StoreSchema {
  /// Marks a database file as ours (`PRAGMA application_id`; "INDI" in ASCII).
  static let applicationID: Int32 = 0x494E_4449

  /// A migration: its identifier (kept in the database once applied) and its SQL script.
  typealias Migration = (identifier: String, sql: String)

  /// Every migration, in the order they apply (`PostgresSchema.migrations` has the same
  /// identifiers in PostgreSQL's dialect).
  static let migrations: [Migration] = [
    observations, forecasts, targets, latestVintages, catalogueAliases, usersAndAudit,
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
    }
    return migrator
  }

  static let observations: Migration = (
    "v1-indicators-regions-sources-observations",
    """
      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        nameZh TEXT NOT NULL,
        nameEn TEXT NOT NULL,
        unit TEXT NOT NULL,
        unitPowerOfTen INTEGER NOT NULL,
        measureKind TEXT NOT NULL CHECK (measureKind IN ('level','rate','share','ratio','count','rank')),
        priceBasis TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE region (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        nameZh TEXT NOT NULL,
        nameEn TEXT NOT NULL,
        parentId INTEGER REFERENCES region(id)
      );
      CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        location TEXT NOT NULL,
        published TEXT NOT NULL,
        UNIQUE (title, location, published)
      );
      CREATE TABLE importBatch (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        importedAt TEXT NOT NULL,
        added INTEGER NOT NULL,
        revised INTEGER NOT NULL,
        unchanged INTEGER NOT NULL
      );
      CREATE TABLE observation (
        id INTEGER PRIMARY KEY,
        indicatorId INTEGER NOT NULL REFERENCES indicator(id),
        regionId INTEGER NOT NULL REFERENCES region(id),
        period TEXT NOT NULL,
        periodEnd REAL NOT NULL,
        value REAL NOT NULL,
        qualifier TEXT NOT NULL CHECK (qualifier IN ('exact','at_least','about','below')),
        status TEXT NOT NULL CHECK (status IN ('normal','provisional','estimated','derived','revised','break')),
        vintage TEXT,
        sourceId INTEGER NOT NULL REFERENCES source(id),
        locator TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        -- vintage is the publication date; NULL when the source gives none, in which case the
        -- import batch's date says when the figure was recorded.
        importBatchId INTEGER NOT NULL REFERENCES importBatch(id)
      );
      CREATE INDEX observationBySeries ON observation(indicatorId, regionId, period, vintage);
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      """
  )
}

extension StoreSchema {
  static let forecasts: Migration = (
    "v2-forecasts",
    """
      CREATE TABLE forecast (
        id INTEGER PRIMARY KEY,
        indicatorId INTEGER NOT NULL REFERENCES indicator(id),
        regionId INTEGER NOT NULL REFERENCES region(id),
        period TEXT NOT NULL,
        model TEXT NOT NULL,
        mean REAL NOT NULL,
        lower80 REAL, upper80 REAL, lower95 REAL, upper95 REAL,
        intervalMethod TEXT NOT NULL,
        asOf TEXT,
        createdAt TEXT NOT NULL
      );
      CREATE INDEX forecastBySeries ON forecast(indicatorId, regionId, model);
      """
  )
}

extension StoreSchema {
  static let targets: Migration = (
    "v3-targets",
    """
      CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        indicatorId INTEGER NOT NULL REFERENCES indicator(id),
        regionId INTEGER NOT NULL REFERENCES region(id),
        kind TEXT NOT NULL CHECK (kind IN ('level','growth','multiple','share','relative','cumulative','annual')),
        basePeriod INTEGER,
        baseValue REAL,
        duePeriod INTEGER NOT NULL,
        value REAL NOT NULL,
        qualifier TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('higher','lower')),
        attribute TEXT NOT NULL CHECK (attribute IN ('expected','binding')),
        stretchValue REAL,
        comparedRegionId INTEGER REFERENCES region(id),
        label TEXT NOT NULL DEFAULT '',
        sourceId INTEGER NOT NULL REFERENCES source(id)
      );
      CREATE TABLE targetMilestone (
        targetId INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
        period INTEGER NOT NULL,
        -- NULL: the point on the target's path in that year (三年攻坚 inside 五年倍增)
        value REAL,
        label TEXT NOT NULL DEFAULT ''
      );
      """
  )
}
