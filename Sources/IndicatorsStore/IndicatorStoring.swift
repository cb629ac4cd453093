import IndicatorsCore

/// What commands, workflows and the web pages need of a store, whichever database holds it: an
/// SQLite file (`IndicatorStore`) or a PostgreSQL server (`PostgresStore`).
///
/// Every backend keeps the same rules: a value is never overwritten (a revision is a new vintage),
/// every write is one transaction that lands whole or not at all, an import that changes nothing
/// writes nothing, and the current value of a period is chosen by `LatestFirst`. The requirements
/// are what a backend must do in its own SQL; everything that follows from them is written once,
/// in the extension below. `Tests/IndicatorsStoreConformanceTests` holds every backend to this.
package protocol IndicatorStoring: Sendable {
  /// Where the data is, for messages: a file path, `:memory:`, or a `postgresql://` URL without
  /// its password.
  var path: String { get }

  // MARK: Catalogue

  /// Adds the indicators and regions not there yet; existing definitions are left alone (a user
  /// may have renamed them). Their aliases are added where free: an alias a user gave to
  /// something else stays theirs. Returns how many indicators and regions were added.
  @discardableResult
  func addCatalog(indicators: [IndicatorDefinition], regions: [RegionDefinition]) throws(StoreError) -> (indicators: Int, regions: Int)
  /// The whole catalogue with its aliases, to resolve names without a query each.
  func catalogIndex() throws(StoreError) -> CatalogIndex
  /// The indicator whose code is exactly `code`, with its aliases, or nil: one query, where a
  /// name or alias needs the whole catalogue. A code outranks every other name (`CatalogIndex`),
  /// so a code found this way is what the catalogue would answer.
  func indicator(code: String) throws(StoreError) -> IndicatorDefinition?
  /// The region whose code is exactly `code`, with its parent's code and its aliases, or nil.
  func region(code: String) throws(StoreError) -> RegionDefinition?
  /// Adds regions, or brings existing ones (same code) up to the given names, parent and aliases
  /// (aliases are only added, never removed). With `mustBeNew`, an existing code is refused: a
  /// single `region add` that would silently rename is a mistake. A parent must exist or come
  /// earlier in `regions`. One transaction: a refused region leaves the catalogue as it was.
  func saveRegions(_ regions: [RegionDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange
  /// Adds indicators, or brings existing ones up to the given names, notes and aliases. The unit
  /// and measure kind of an existing indicator are never changed (its values are stored in that
  /// unit): a different one is refused.
  func saveIndicators(_ indicators: [IndicatorDefinition], mustBeNew: Bool) throws(StoreError) -> CatalogChange
  /// Gives an indicator (named exactly) more names; returns it with all its aliases.
  func addIndicatorAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> IndicatorDefinition
  /// Gives a region more names; returns it with all its aliases.
  func addRegionAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> RegionDefinition
  /// The regions with current values of an indicator (given by code), with their parents' codes
  /// and aliases, in any order.
  func regionsWithSeries(of indicator: String) throws(StoreError) -> [RegionDefinition]

  // MARK: Settings

  func setting(_ key: String) throws(StoreError) -> String?
  func setSetting(_ key: String, to value: String) throws(StoreError)

  // MARK: Observations

  /// Imports the rows of `source` in one transaction; a row the store cannot take aborts the
  /// whole import with its place in the file, leaving the store as it was.
  func importObservations(from source: inout some ObservationSource, file: String, importDate: CalendarDate) throws(StoreError) -> ImportSummary
  /// The observations a query selects, ordered by indicator, region, period and vintage, handed
  /// to `body` as they are read.
  func forEachObservation(_ query: ObservationQuery, _ body: (Observation) -> Void) throws(StoreError)
  /// The same observations as text field by field, for a streamed export; a backend that can
  /// read its rows' text in place (SQLite) skips decoding them (see the default below).
  func forEachObservationText(_ query: ObservationQuery, _ body: (ObservationText) -> Void) throws(StoreError)
  /// Every series as points, one series at a time in indicator and region code order (see the
  /// default below); a backend that can read only the columns points need (SQLite) does so.
  func forEachSeries(
    asOf: CalendarDate?, _ body: (_ indicator: String, _ region: String, _ points: [SeriesPoint]) -> Void
  ) throws(StoreError)
  /// One line per series with its range and current value (or as of a date).
  func seriesSummaries(asOf: CalendarDate?) throws(StoreError) -> [SeriesSummary]
  /// How many series have current values.
  func seriesCount() throws(StoreError) -> Int

  // MARK: Forecasts and targets

  /// Saves forecasts in one transaction, replacing earlier ones of the same series and model.
  func saveForecasts(_ forecasts: [StoredForecast], asOf: CalendarDate?, createdAt: CalendarDate) throws(StoreError)
  /// Adds a target (unless an identical one is there) and returns its id.
  @discardableResult
  func addTarget(_ target: PlanTarget) throws(StoreError) -> Int64
  /// The targets (of one region, by code), by region, due year and indicator.
  func targets(region: String?) throws(StoreError) -> [PlanTarget]
  /// Removes a target; false if there was none with that id.
  func removeTarget(id: Int64) throws(StoreError) -> Bool

  // MARK: Users and the audit log

  /// Who this store's writes are recorded as. Every write the store makes on the data (an
  /// import that changes something, a target added or removed, a catalogue edit, a setting, a
  /// user added or revoked) adds an `AuditEntry` in its own transaction: the entry lands if and
  /// only if the write does.
  var attribution: Attribution { get set }
  /// Adds a user, keeping only the SHA-256 hash of their token (lower-case hex); with
  /// `validFor`, the token expires that many seconds from now (by the database's clock). A name
  /// that is taken, even by a revoked user, is refused: an audit entry names one person.
  @discardableResult
  func addUser(_ name: String, role: UserRole, tokenHash: String, validFor seconds: Int?) throws(StoreError) -> UserAccount
  /// Every user, revoked ones included, by name.
  func users() throws(StoreError) -> [UserAccount]
  /// The user whose token has this hash, if that token has neither expired nor been revoked.
  func user(tokenHash: String) throws(StoreError) -> UserAccount?
  /// Revokes a user's token; false if there is no user of that name with a valid token.
  func revokeUser(_ name: String) throws(StoreError) -> Bool
  /// The audit log, newest first, at most `limit` entries.
  func auditLog(limit: Int) throws(StoreError) -> [AuditEntry]

  /// Where the store's history of writes stands now (see `ChangeStamp`): it moves with every
  /// write, by any process.
  func changeStamp() throws(StoreError) -> ChangeStamp
}

// What follows from the requirements, the same on every backend.
extension IndicatorStoring {
  /// Every indicator, by code, with its aliases.
  package func indicators() throws(StoreError) -> [IndicatorDefinition] { try catalogIndex().indicators }

  /// Every region, by code, with its parent's code and its aliases.
  package func regions() throws(StoreError) -> [RegionDefinition] { try catalogIndex().regions }

  /// The indicator a user means by a code, Chinese or English name, alias, or a unique code
  /// prefix or part of a name. A code, what most commands are given, is looked up directly; the
  /// whole catalogue is read only for a name (a thousand indicators take ~60 M instructions to
  /// index).
  package func indicator(named name: String) throws(StoreError) -> IndicatorDefinition {
    if let found = try indicator(code: name) { return found }
    return try catalogIndex().indicator(named: name)
  }

  /// The region a user means by a code, Chinese or English name or alias (any case); a code is
  /// looked up directly.
  package func region(named name: String) throws(StoreError) -> RegionDefinition {
    if let found = try region(code: name) { return found }
    return try catalogIndex().region(named: name)
  }

  /// The series a user means by an indicator name (code, name, alias, unique code prefix or part
  /// of a name) and an optional region; without a region, the default region when it has values
  /// of the indicator, else the only region that has.
  package func resolveSeries(indicator name: String, region regionName: String?) throws(StoreError) -> (IndicatorDefinition, RegionDefinition) {
    let indicator = try indicator(named: name)
    if let regionName { return (indicator, try region(named: regionName)) }
    let regions = try regionsWithSeries(of: indicator.code).sorted { $0.code < $1.code }
    if let defaultRegion = try setting(Settings.defaultRegion), let region = regions.first(where: { $0.code == defaultRegion }) {
      return (indicator, region)
    }
    if regions.count == 1 { return (indicator, regions[0]) }
    if regions.isEmpty { throw StoreError.unknownSeries("\(indicator.code) has no observations in any region") }
    throw StoreError.ambiguousSeries(
      "\(indicator.code) exists for \(regions.count) regions: \(regions.map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", ")); pass --region")
  }

  package func saveRegions(_ regions: [RegionDefinition]) throws(StoreError) -> CatalogChange {
    try saveRegions(regions, mustBeNew: false)
  }

  package func saveIndicators(_ indicators: [IndicatorDefinition]) throws(StoreError) -> CatalogChange {
    try saveIndicators(indicators, mustBeNew: false)
  }

  /// Renames a region (found by any of its names); nil leaves a field as it is.
  package func renameRegion(_ name: String, nameZh: String?, nameEn: String?, parent: String?) throws(StoreError) -> RegionDefinition {
    let current = try region(named: name)
    var renamed = current
    renamed.nameZh = nameZh ?? current.nameZh
    renamed.nameEn = nameEn ?? current.nameEn
    renamed.parent = parent ?? current.parent
    renamed.aliases = []
    do {
      try Catalog.checkNewNames(try catalogIndex(), code: current.code, names: [renamed.nameZh, renamed.nameEn], .region)
    } catch {
      throw error as! StoreError  // checkNewNames throws only StoreError
    }
    _ = try saveRegions([renamed])
    return try region(named: current.code)
  }

  /// Renames an indicator (found by its code, name or alias, exactly); nil leaves a field as it is.
  package func renameIndicator(_ name: String, nameZh: String?, nameEn: String?) throws(StoreError) -> IndicatorDefinition {
    let index = try catalogIndex()
    guard let current = index.indicator(exactly: name) else {
      throw StoreError.unknownSeries("unknown indicator '\(name.trimmingWhitespace())'")
    }
    var renamed = current
    renamed.nameZh = nameZh ?? current.nameZh
    renamed.nameEn = nameEn ?? current.nameEn
    renamed.aliases = []
    do {
      try Catalog.checkNewNames(index, code: current.code, names: [renamed.nameZh, renamed.nameEn], .indicator)
    } catch {
      throw error as! StoreError  // checkNewNames throws only StoreError
    }
    _ = try saveIndicators([renamed])
    return try catalogIndex().indicator(exactly: current.code)!
  }

  /// The region commands use when none is given (`config set region`), if one is set.
  package func defaultRegion() throws(StoreError) -> RegionDefinition? {
    guard let code = try setting(Settings.defaultRegion) else { return nil }
    return try catalogIndex().region(exactly: code)
  }

  /// Makes the region a user names (code, name or alias) the default; stored by code.
  @discardableResult
  package func setDefaultRegion(_ name: String) throws(StoreError) -> RegionDefinition {
    let region = try region(named: name)
    try setSetting(Settings.defaultRegion, to: region.code)
    return region
  }

  /// Imports checked rows in one transaction; see `importObservations(from:file:importDate:)`.
  package func importObservations(_ inputs: [ObservationInput], file: String, importDate: CalendarDate) throws(StoreError) -> ImportSummary {
    var source = ObservationList(inputs)
    return try importObservations(from: &source, file: file, importDate: importDate)
  }

  /// The decoded observations' text.
  package func forEachObservationText(_ query: ObservationQuery, _ body: (ObservationText) -> Void) throws(StoreError) {
    try forEachObservation(query) { body(ObservationText($0)) }
  }

  /// The observations of `forEachObservation(_:_:)` in one array.
  package func observations(_ query: ObservationQuery) throws(StoreError) -> [Observation] {
    var all: [Observation] = []
    try forEachObservation(query) { all.append($0) }
    return all
  }

  /// Every vintage of one value, oldest first.
  package func history(indicator: String, region: String, period: Period) throws(StoreError) -> [Observation] {
    try observations(ObservationQuery(indicators: [indicator], regions: [region], allVintages: true))
      .filter { $0.period == period }
  }

  package func seriesSummaries() throws(StoreError) -> [SeriesSummary] { try seriesSummaries(asOf: nil) }

  /// One line per series as of a date, worked out from the observations known then: what
  /// `seriesSummaries(asOf:)` gives for a date on every backend. The catalogue is read after the
  /// observations, so it has every code they name even when an import adds one in between (codes
  /// are never removed).
  package func seriesSummaries(fromObservationsAsOf asOf: CalendarDate) throws(StoreError) -> [SeriesSummary] {
    var series: [(first: Observation, last: Observation, count: Int)] = []
    try forEachObservation(ObservationQuery(asOf: asOf)) { observation in
      if let index = series.indices.last,
        series[index].last.indicator == observation.indicator, series[index].last.region == observation.region
      {
        series[index].count += 1
        series[index].last = observation
      } else {
        series.append((observation, observation, 1))
      }
    }
    let catalogue = try catalogIndex()
    return series.map { s in
      SeriesSummary(
        indicator: catalogue.indicator(exactly: s.last.indicator)!, region: catalogue.region(exactly: s.last.region)!,
        first: s.first.period, last: s.last.period, count: s.count, latest: s.last)
    }
  }

  package func targets() throws(StoreError) -> [PlanTarget] { try targets(region: nil) }

  /// Adds a user whose token does not expire.
  @discardableResult
  package func addUser(_ name: String, role: UserRole, tokenHash: String) throws(StoreError) -> UserAccount {
    try addUser(name, role: role, tokenHash: tokenHash, validFor: nil)
  }

  /// One series' latest values (or as of a date), as the numeric modules take them.
  package func seriesPoints(indicator: String, region: String, asOf: CalendarDate?) throws(StoreError) -> [SeriesPoint] {
    try observations(ObservationQuery(indicators: [indicator], regions: [region], asOf: asOf))
      .map { SeriesPoint(period: $0.period, value: $0.value, qualifier: $0.qualifier, status: $0.status) }
  }

  /// Every series as points (latest vintage per period, or as of a date), handed to `body` one
  /// series at a time in indicator and region code order: memory holds one series.
  package func forEachSeries(
    asOf: CalendarDate?, _ body: (_ indicator: String, _ region: String, _ points: [SeriesPoint]) -> Void
  ) throws(StoreError) {
    try forEachSeriesOfObservations(asOf: asOf, body)
  }

  /// `forEachSeries` from whole decoded observations (`forEachObservation`): what any backend can
  /// do, and what SQLite does as of a date.
  package func forEachSeriesOfObservations(
    asOf: CalendarDate?, _ body: (_ indicator: String, _ region: String, _ points: [SeriesPoint]) -> Void
  ) throws(StoreError) {
    var current: (indicator: String, region: String)?
    var points: [SeriesPoint] = []
    try forEachObservation(ObservationQuery(asOf: asOf)) { o in
      if let key = current, key.indicator != o.indicator || key.region != o.region {
        body(key.indicator, key.region, points)
        points.removeAll(keepingCapacity: true)
      }
      current = (o.indicator, o.region)
      points.append(SeriesPoint(period: o.period, value: o.value, qualifier: o.qualifier, status: o.status))
    }
    if let key = current { body(key.indicator, key.region, points) }
  }
}
