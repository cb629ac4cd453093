import GRDB
import IndicatorsCore

/// How an import finds the ids a row names (indicator, region, source) and the texts it binds
/// (period, vintage): created when new, remembered for the rest of the file, the last answer
/// compared first because rows come in runs of one series.
extension BatchImporter {
  mutating func periodFor(_ period: Period) -> (text: PinnedText, end: Double) {
    if let cached = periods[period] { return cached }
    let parsed = (PinnedText(period.canonical), period.endTime)
    periods[period] = parsed
    return parsed
  }

  /// The vintage of an undated row: its publication date when that is a date, else none ('').
  mutating func vintageFor(published: String) -> PinnedText {
    if let last = lastVintage, last.published == published { return last.vintage }
    defer { lastVintage = (published, vintages[published]!) }
    if let cached = vintages[published] { return cached }
    let vintage = if let date = CalendarDate(parsing: published) { vintageFor(date: date) } else { empty }
    vintages[published] = vintage
    return vintage
  }

  mutating func vintageFor(date: CalendarDate) -> PinnedText {
    if let cached = vintageDates[date] { return cached }
    let vintage = PinnedText(date.description)
    vintageDates[date] = vintage
    return vintage
  }

  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    // Rows come in runs of one indicator: the last answer is compared before hashing the name.
    if let last = lastIndicator, last.name == input.indicator { return last.answer }
    let answer = try lookUpIndicator(input)
    lastIndicator = (input.indicator, answer)
    return answer
  }

  mutating func lookUpIndicator(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let cached = indicators[input.indicator] { return cached }
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
    indicators[input.indicator] = (id, found)
    if indicatorNames[id] == nil { indicatorNames[id] = input.indicator }
    return (id, found)
  }

  mutating func namesOfTheCatalogue() throws -> CatalogIndex {
    if let nameIndex { return nameIndex }
    let index = try CatalogIndex(db)
    nameIndex = index
    return index
  }

  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let last = lastRegion, last.name == input.region { return last.id }
    let id = try lookUpRegion(input)
    lastRegion = (input.region, id)
    return id
  }

  mutating func lookUpRegion(_ input: ObservationInput) throws -> Int64 {
    if let cached = regions[input.region] { return cached }
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
    regions[input.region] = id
    if regionNames[id] == nil { regionNames[id] = input.region }
    return id
  }

  /// The source's id, added if new. A row that names no source keeps an empty one (the file it
  /// came from is its import batch's): the same figures imported again from a copy under another
  /// name are the same figures, not a new source.
  mutating func sourceFor(_ reference: SourceReference) throws -> Int64 {
    if let last = lastSource, last.reference == reference { return last.id }
    defer { lastSource = sources[reference].map { (reference, $0) } }
    if let cached = sources[reference] { return cached }
    let id = try Catalog.sourceID(db, reference)
    sources[reference] = id
    return id
  }
}
