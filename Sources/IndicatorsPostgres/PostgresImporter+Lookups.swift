import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// What a row's names and texts stand for (indicator, region, source, period, vintage), looked
/// up once a file and remembered (`LookupMemo`), as SQLite's `BatchImporter+Lookups` does.
extension PostgresImporter {
  mutating func periodFor(_ period: Period) -> (text: String, end: Double) {
    periods.answer(for: period) { ($0.canonical, $0.endTime) }
  }

  mutating func vintageFor(published: String) -> String? {
    vintages.answer(for: published) { CalendarDate(parsing: $0)?.description }
  }

  /// The indicator a row names exactly (code, name or alias), or a new one its code creates.
  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let known = indicators.recalled(input.indicator) { return known }
    let found: IndicatorDefinition
    if let known = index.indicator(exactly: input.indicator) {
      found = known
    } else {
      guard IndicatorDefinition.isValidCode(input.indicator) else {
        throw StoreError.input(InputError(
          input.indicatorLocation ?? input.location,
          "unknown indicator '\(input.indicator.trimmingWhitespace())'; a new indicator needs a code of lower-case letters, digits and _"))
      }
      guard let unit = input.unit else {
        throw StoreError.input(InputError(input.location, "new indicator '\(input.indicator)' needs a unit (a unit column, or a unit in the value)"))
      }
      found = IndicatorDefinition(
        code: input.indicator, nameZh: input.indicator, nameEn: input.indicator, unit: unit, measureKind: unit.measureKind)
      try catalog.insert(found)
      indicatorIDs[found.code] = try session.scalar(Int64.self, StoreSQL.indicatorID(.postgres), [.text(found.code)])
      summary.newIndicators.append(found.code)
    }
    let id = indicatorIDs[found.code]!
    indicators.remember((id, found), for: input.indicator)
    names.note(indicator: id, as: input.indicator)
    return (id, found)
  }

  /// The region a row names (code, name or alias), or a new one its code creates.
  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let known = regions.recalled(input.region) { return known }
    let code: String
    if let known = index.region(exactly: input.region) {
      code = known.code
    } else {
      guard IndicatorDefinition.isValidCode(input.region) else {
        // The catalogue's own message for a name it does not know.
        let reason: String
        do {
          _ = try index.region(named: input.region)
          reason = "no region called '\(input.region)'"
        } catch {
          reason = error.description
        }
        throw StoreError.input(InputError(
          input.regionLocation ?? input.location, "\(reason); a new region needs a code of lower-case letters, digits and _"))
      }
      if regionIDs[input.region] == nil {
        try catalog.insert(RegionDefinition(code: input.region, nameZh: input.region, nameEn: input.region))
        regionIDs[input.region] = try session.scalar(Int64.self, StoreSQL.regionID(.postgres), [.text(input.region)])
        summary.newRegions.append(input.region)
      }
      code = input.region
    }
    let id = regionIDs[code]!
    regions.remember(id, for: input.region)
    names.note(region: id, as: input.region)
    return id
  }

  mutating func sourceFor(_ reference: SourceReference) throws -> Int64 {
    let catalog = catalog  // the memo is part of `self`: the lookup must not capture all of it
    return try sources.answer(for: reference) { try catalog.sourceID($0) }
  }
}
