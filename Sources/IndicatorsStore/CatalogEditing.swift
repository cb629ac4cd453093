import IndicatorsCore

/// The few catalogue writes a backend does in its own SQL, inside one of its transactions; the
/// rules of what to write (`CatalogEditing`) are then the same on every backend.
package protocol CatalogWrites {
  /// The catalogue as it is now in this transaction.
  func index() throws -> CatalogIndex
  func insert(_ indicator: IndicatorDefinition) throws
  /// Inserts a region; its parent (a code) exists.
  func insert(_ region: RegionDefinition) throws
  func updateIndicator(code: String, nameZh: String, nameEn: String, priceBasis: String, notes: String) throws
  func updateRegion(code: String, nameZh: String, nameEn: String, parent: String?) throws
  func insertIndicatorAlias(_ alias: String, to code: String) throws
  func insertRegionAlias(_ alias: String, to code: String) throws
}

/// The catalogue rules, written once over `CatalogWrites` so that every backend keeps them exactly
/// (same checks, same messages).
package enum CatalogEditing {
  /// See `IndicatorStoring.addCatalog`.
  package static func addCatalog(
    indicators: [IndicatorDefinition], regions: [RegionDefinition], _ writes: some CatalogWrites
  ) throws -> (indicators: Int, regions: Int) {
    var added = (indicators: 0, regions: 0)
    let before = try writes.index()
    var codes = Set(before.indicators.map(\.code))
    for indicator in indicators where codes.insert(indicator.code).inserted {
      try writes.insert(indicator)
      added.indicators += 1
    }
    var regionCodes = Set(before.regions.map(\.code))
    for region in regions where regionCodes.insert(region.code).inserted {
      var inserted = region
      inserted.parent = region.parent.flatMap { regionCodes.contains($0) ? $0 : nil }
      try writes.insert(inserted)
      added.regions += 1
    }
    let index = try writes.index()
    for indicator in indicators {
      for alias in Catalog.distinct(indicator.aliases) where index.indicator(exactly: alias) == nil {
        try writes.insertIndicatorAlias(alias, to: indicator.code)
      }
    }
    for region in regions {
      for alias in Catalog.distinct(region.aliases) where index.region(exactly: alias) == nil {
        try writes.insertRegionAlias(alias, to: region.code)
      }
    }
    return added
  }

  /// See `IndicatorStoring.saveRegions`.
  package static func saveRegions(_ regions: [RegionDefinition], mustBeNew: Bool, _ writes: some CatalogWrites) throws -> CatalogChange {
    var change = CatalogChange()
    for region in regions {
      var index = try writes.index()
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
          try writes.updateRegion(code: region.code, nameZh: region.nameZh, nameEn: region.nameEn, parent: parentCode)
          changed = true
        }
        index = try writes.index()
        changed = try addAliases(region.aliases, to: region.code, .region, index, writes) || changed
        if changed { change.updated.append(region.code) } else { change.unchanged += 1 }
        continue
      }
      try Catalog.checkNewNames(index, code: region.code, names: [region.nameZh, region.nameEn], .region)
      try writes.insert(RegionDefinition(code: region.code, nameZh: region.nameZh, nameEn: region.nameEn, parent: parentCode))
      _ = try addAliases(region.aliases, to: region.code, .region, try writes.index(), writes)
      change.added.append(region.code)
    }
    return change
  }

  /// See `IndicatorStoring.saveIndicators`.
  package static func saveIndicators(_ indicators: [IndicatorDefinition], mustBeNew: Bool, _ writes: some CatalogWrites) throws -> CatalogChange {
    var change = CatalogChange()
    for indicator in indicators {
      let index = try writes.index()
      guard let existing = index.indicators.first(where: { $0.code == indicator.code }) else {
        try Catalog.checkNewNames(index, code: indicator.code, names: [indicator.nameZh, indicator.nameEn], .indicator)
        try writes.insert(indicator)
        _ = try addAliases(indicator.aliases, to: indicator.code, .indicator, try writes.index(), writes)
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
        try writes.updateIndicator(
          code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn, priceBasis: indicator.priceBasis, notes: indicator.notes)
        changed = true
      }
      changed = try addAliases(indicator.aliases, to: indicator.code, .indicator, try writes.index(), writes) || changed
      if changed { change.updated.append(indicator.code) } else { change.unchanged += 1 }
    }
    return change
  }

  /// See `IndicatorStoring.addIndicatorAliases`.
  package static func addIndicatorAliases(_ name: String, _ aliases: [String], _ writes: some CatalogWrites) throws -> IndicatorDefinition {
    let index = try writes.index()
    guard let indicator = index.indicator(exactly: name) else {
      throw StoreError.unknownSeries("unknown indicator '\(name.trimmingWhitespace())'")
    }
    _ = try addAliases(aliases, to: indicator.code, .indicator, index, writes)
    return try writes.index().indicator(exactly: indicator.code)!
  }

  /// See `IndicatorStoring.addRegionAliases`.
  package static func addRegionAliases(_ name: String, _ aliases: [String], _ writes: some CatalogWrites) throws -> RegionDefinition {
    let index = try writes.index()
    let region = try index.region(named: name)
    _ = try addAliases(aliases, to: region.code, .region, index, writes)
    return try writes.index().region(exactly: region.code)!
  }

  /// Adds the aliases an entry lacks; an alias that names another entry is refused.
  private static func addAliases(
    _ aliases: [String], to code: String, _ kind: Catalog.Entry, _ index: CatalogIndex, _ writes: some CatalogWrites
  ) throws -> Bool {
    var added = false
    for alias in Catalog.distinct(aliases) {
      if let owner = kind.owner(of: alias, in: index) {
        if owner.code == code { continue }
        throw StoreError.unknownSeries("'\(alias)' already names the \(kind.rawValue) \(owner.code) (\(owner.nameZh)); an alias names one \(kind.rawValue)")
      }
      switch kind {
      case .indicator: try writes.insertIndicatorAlias(alias, to: code)
      case .region: try writes.insertRegionAlias(alias, to: code)
      }
      added = true
    }
    return added
  }
}

// Ways for another backend to build these values: their memberwise initialisers are internal, and
// an extension cannot redeclare them with wider access.
extension SeriesSummary {
  package static func make(
    indicator: IndicatorDefinition, region: RegionDefinition, first: Period, last: Period, count: Int, latest: Observation
  ) -> SeriesSummary {
    SeriesSummary(indicator: indicator, region: region, first: first, last: last, count: count, latest: latest)
  }
}

extension ImportSummary {
  /// Nothing imported yet.
  package static var none: ImportSummary { ImportSummary() }
}

extension Revision {
  package static func make(
    indicator: String, region: String, period: String, previous: String, value: String, vintage: String?, keptCurrent: Bool
  ) -> Revision {
    Revision(indicator: indicator, region: region, period: period, previous: previous, value: value, vintage: vintage, keptCurrent: keptCurrent)
  }
}
