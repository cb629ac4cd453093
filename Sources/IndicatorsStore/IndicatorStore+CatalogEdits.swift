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
  /// Adds regions, or brings existing ones (same code) up to the given names, parent and aliases
  /// (aliases are only added, never removed). With `mustBeNew`, an existing code is refused: a
  /// single `region add` that would silently rename is a mistake. A parent must exist or come
  /// earlier in `regions`. One transaction: a refused region leaves the catalogue as it was.
  package func saveRegions(_ regions: [RegionDefinition], mustBeNew: Bool = false) throws(StoreError) -> CatalogChange {
    try write { db in
      var change = CatalogChange()
      for region in regions {
        var index = try CatalogIndex(db)
        if let parent = region.parent, index.region(exactly: parent) == nil {
          throw StoreError.unknownSeries("region \(region.code): no parent region called '\(parent)'; add it first (or earlier in the file)")
        }
        let parentCode = region.parent.flatMap { index.region(exactly: $0)?.code }
        if parentCode == region.code { throw StoreError.unknownSeries("region \(region.code) cannot be its own parent") }
        if let existing = index.regions.first(where: { $0.code == region.code }) {
          if mustBeNew {
            throw StoreError.unknownSeries("region \(region.code) (\(existing.nameZh)) already exists; change its names with `indicators region rename \(region.code) --zh … --en …`")
          }
          var changed = false
          if existing.nameZh != region.nameZh || existing.nameEn != region.nameEn || existing.parent != parentCode {
            try db.execute(
              sql: "UPDATE region SET nameZh = ?, nameEn = ?, parentId = (SELECT id FROM region WHERE code = ?) WHERE code = ?",
              arguments: [region.nameZh, region.nameEn, parentCode, region.code])
            changed = true
          }
          index = try CatalogIndex(db)
          changed = try Catalog.addAliases(db, region.aliases, to: region.code, .region, index) || changed
          if changed { change.updated.append(region.code) } else { change.unchanged += 1 }
          continue
        }
        try Catalog.checkNewNames(index, code: region.code, names: [region.nameZh, region.nameEn], .region)
        try Catalog.insert(db, RegionDefinition(code: region.code, nameZh: region.nameZh, nameEn: region.nameEn, parent: parentCode))
        _ = try Catalog.addAliases(db, region.aliases, to: region.code, .region, try CatalogIndex(db))
        change.added.append(region.code)
      }
      return change
    }
  }

  /// Adds indicators, or brings existing ones up to the given names, notes and aliases. The unit
  /// and measure kind of an existing indicator are never changed (its values are stored in that
  /// unit): a different one is refused.
  package func saveIndicators(_ indicators: [IndicatorDefinition], mustBeNew: Bool = false) throws(StoreError) -> CatalogChange {
    try write { db in
      var change = CatalogChange()
      for indicator in indicators {
        let index = try CatalogIndex(db)
        guard let existing = index.indicators.first(where: { $0.code == indicator.code }) else {
          try Catalog.checkNewNames(index, code: indicator.code, names: [indicator.nameZh, indicator.nameEn], .indicator)
          try Catalog.insert(db, indicator)
          _ = try Catalog.addAliases(db, indicator.aliases, to: indicator.code, .indicator, try CatalogIndex(db))
          change.added.append(indicator.code)
          continue
        }
        if mustBeNew {
          throw StoreError.unknownSeries("indicator \(indicator.code) (\(existing.nameZh)) already exists; give it another name with `indicators indicator alias \(indicator.code) NAME`")
        }
        if existing.unit != indicator.unit || existing.measureKind != indicator.measureKind {
          throw StoreError.unknownSeries(
            "indicator \(indicator.code) is stored in \(existing.unit.symbol) (\(existing.measureKind.rawValue)); its unit and kind cannot change to \(indicator.unit.symbol) (\(indicator.measureKind.rawValue))")
        }
        var changed = false
        if existing.nameZh != indicator.nameZh || existing.nameEn != indicator.nameEn || existing.priceBasis != indicator.priceBasis
          || existing.notes != indicator.notes
        {
          try db.execute(
            sql: "UPDATE indicator SET nameZh = ?, nameEn = ?, priceBasis = ?, notes = ? WHERE code = ?",
            arguments: [indicator.nameZh, indicator.nameEn, indicator.priceBasis, indicator.notes, indicator.code])
          changed = true
        }
        changed = try Catalog.addAliases(db, indicator.aliases, to: indicator.code, .indicator, try CatalogIndex(db)) || changed
        if changed { change.updated.append(indicator.code) } else { change.unchanged += 1 }
      }
      return change
    }
  }

  /// Renames a region (found by any of its names); nil leaves a field as it is.
  package func renameRegion(_ name: String, nameZh: String?, nameEn: String?, parent: String?) throws(StoreError) -> RegionDefinition {
    let current = try region(named: name)
    var renamed = current
    renamed.nameZh = nameZh ?? current.nameZh
    renamed.nameEn = nameEn ?? current.nameEn
    renamed.parent = parent ?? current.parent
    renamed.aliases = []
    try read { db in
      try Catalog.checkNewNames(try CatalogIndex(db), code: current.code, names: [renamed.nameZh, renamed.nameEn], .region)
    }
    _ = try saveRegions([renamed])
    return try region(named: current.code)
  }

  /// Renames an indicator (found by its code, name or alias); nil leaves a field as it is.
  package func renameIndicator(_ name: String, nameZh: String?, nameEn: String?) throws(StoreError) -> IndicatorDefinition {
    let current = try read { db in try Catalog.resolveIndicatorExactly(db, name) }
    var renamed = current
    renamed.nameZh = nameZh ?? current.nameZh
    renamed.nameEn = nameEn ?? current.nameEn
    renamed.aliases = []
    try read { db in
      try Catalog.checkNewNames(try CatalogIndex(db), code: current.code, names: [renamed.nameZh, renamed.nameEn], .indicator)
    }
    _ = try saveIndicators([renamed])
    return try read { db in try Catalog.resolveIndicatorExactly(db, current.code) }
  }

  /// Gives an indicator (named exactly) more names; returns it with all its aliases.
  package func addIndicatorAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> IndicatorDefinition {
    try write { db in
      let indicator = try Catalog.resolveIndicatorExactly(db, name)
      _ = try Catalog.addAliases(db, aliases, to: indicator.code, .indicator, try CatalogIndex(db))
      return try CatalogIndex(db).indicator(exactly: indicator.code)!
    }
  }

  /// Gives a region more names; returns it with all its aliases.
  package func addRegionAliases(_ name: String, _ aliases: [String]) throws(StoreError) -> RegionDefinition {
    try write { db in
      let region = try Catalog.resolveRegion(db, name)
      _ = try Catalog.addAliases(db, aliases, to: region.code, .region, try CatalogIndex(db))
      return try CatalogIndex(db).region(exactly: region.code)!
    }
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

  /// Adds the aliases an entry lacks; an alias that names another entry is refused. Returns
  /// whether any was added.
  static func addAliases(_ db: Database, _ aliases: [String], to code: String, _ kind: Entry, _ index: CatalogIndex) throws -> Bool {
    var added = false
    for alias in distinct(aliases) {
      if let owner = kind.owner(of: alias, in: index) {
        if owner.code == code { continue }
        throw StoreError.unknownSeries("'\(alias)' already names the \(kind.rawValue) \(owner.code) (\(owner.nameZh)); an alias names one \(kind.rawValue)")
      }
      try insertAlias(db, alias, to: code, kind)
      added = true
    }
    return added
  }

  static func insertAlias(_ db: Database, _ alias: String, to code: String, _ kind: Entry) throws {
    switch kind {
    case .indicator:
      try db.execute(sql: "INSERT INTO indicatorAlias(alias, indicatorId) SELECT ?, id FROM indicator WHERE code = ?", arguments: [alias, code])
    case .region:
      try db.execute(sql: "INSERT INTO regionAlias(alias, regionId) SELECT ?, id FROM region WHERE code = ?", arguments: [alias, code])
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
