import IndicatorsCore

/// What an import looks up for each row, on either backend (SQLite's `BatchImporter`, the
/// PostgreSQL store's importer): the ids its names stand for (a new code creating its indicator
/// or region), and its period's text and end. `resolve` asks in one order for both, so that a row
/// with several mistakes is refused for the same one whichever backend reads it.
package protocol ImportRowLookups {
  /// How the backend keeps a period's text (pinned once on SQLite, a string on PostgreSQL).
  associatedtype PeriodText
  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition)
  mutating func regionFor(_ input: ObservationInput) throws -> Int64
  mutating func sourceFor(_ reference: SourceReference) throws -> Int64
  mutating func periodFor(_ period: Period) -> (text: PeriodText, end: Double)
}

extension ImportRowLookups {
  /// The row's indicator and region ids, its number in the indicator's unit, its source's id and
  /// its period: the indicator first, then the region, the number and the source.
  package mutating func resolve(
    _ input: ObservationInput
  ) throws -> (indicatorID: Int64, regionID: Int64, number: DecimalText, sourceID: Int64, period: (text: PeriodText, end: Double)) {
    let (indicatorID, indicator) = try indicatorFor(input)
    let regionID = try regionFor(input)
    let number = try input.importedNumber(for: indicator)
    return (indicatorID, regionID, number, try sourceFor(input.source), periodFor(input.period))
  }
}
