import GRDB
import IndicatorsCore

/// How an import finds the ids a row names (indicator, region, source) and the texts it binds
/// (period, vintage): created when new, remembered for the rest of the file (`LookupMemo`).
extension BatchImporter {
  mutating func periodFor(_ period: Period) -> (text: PinnedText, end: Double) {
    periods.answer(for: period) { (PinnedText($0.canonical), $0.endTime) }
  }

  /// The vintage of an undated row: its publication date when that is a date, else none ('').
  mutating func vintageFor(published: String) -> PinnedText {
    if let known = vintages.recalled(published) { return known }
    let vintage = if let date = CalendarDate(parsing: published) { vintageFor(date: date) } else { empty }
    vintages.remember(vintage, for: published)
    return vintage
  }

  mutating func vintageFor(date: CalendarDate) -> PinnedText {
    vintageDates.answer(for: date) { PinnedText($0.description) }
  }

  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let known = indicators.recalled(input.indicator) { return known }
    let found: IndicatorDefinition
    do {
      // The catalogue's names are read only for a name that is not a code.
      found = try Catalog.indicator(code: input.indicator, db)
        ?? Catalog.resolveIndicatorExactly(db, input.indicator, index: namesOfTheCatalogue())
    } catch let error as StoreError {
      guard IndicatorDefinition.isValidCode(input.indicator) else {
        throw StoreError.input(InputError(input.indicatorLocation ?? input.location, "\(error.description); a new indicator needs a code of lower-case letters, digits and _"))
      }
      guard let unit = input.unit else {
        throw StoreError.input(InputError(input.location, "new indicator '\(input.indicator)' needs a unit (a unit column, or a unit in the value)"))
      }
      found = IndicatorDefinition(
        code: input.indicator, nameZh: input.indicator, nameEn: input.indicator, unit: unit,
        measureKind: unit.measureKind)
      try Catalog.insert(db, found)
      summary.newIndicators.append(found.code)
    }
    let id = try Catalog.indicatorID(db, code: found.code)!
    indicators.remember((id, found), for: input.indicator)
    names.note(indicator: id, as: input.indicator)
    return (id, found)
  }

  mutating func namesOfTheCatalogue() throws -> CatalogIndex {
    if let nameIndex { return nameIndex }
    let index = try CatalogIndex(db)
    nameIndex = index
    return index
  }

  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let known = regions.recalled(input.region) { return known }
    let code: String
    do {
      code = try Catalog.region(code: input.region, db)?.code
        ?? Catalog.resolveRegion(db, input.region, index: namesOfTheCatalogue()).code
    } catch let error as StoreError {
      guard IndicatorDefinition.isValidCode(input.region) else {
        throw StoreError.input(InputError(input.regionLocation ?? input.location, "\(error.description); a new region needs a code of lower-case letters, digits and _"))
      }
      try Catalog.insert(db, RegionDefinition(code: input.region, nameZh: input.region, nameEn: input.region))
      summary.newRegions.append(input.region)
      code = input.region
    }
    let id = try Catalog.regionID(db, code: code)!
    regions.remember(id, for: input.region)
    names.note(region: id, as: input.region)
    return id
  }

  /// The source's id, added if new. A row that names no source keeps an empty one (the file it
  /// came from is its import batch's): the same figures imported again from a copy under another
  /// name are the same figures, not a new source.
  mutating func sourceFor(_ reference: SourceReference) throws -> Int64 {
    let db = db  // the memo is part of `self`: the lookup must not capture all of it
    return try sources.answer(for: reference) { try Catalog.sourceID(db, $0) }
  }
}
