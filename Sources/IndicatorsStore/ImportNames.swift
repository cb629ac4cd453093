import IndicatorsCore

/// The names a file gave the indicators and regions of its rows, by id: what an import's messages
/// call them (a file that wrote 地区生产总值 is told 地区生产总值, not `gdp`). The first name a file
/// used for an id is the one kept. Both backends' imports speak through this one type.
package struct ImportNames {
  private var indicators: [Int64: String] = [:]
  private var regions: [Int64: String] = [:]

  package init() {}

  package mutating func note(indicator id: Int64, as name: String) {
    if indicators[id] == nil { indicators[id] = name }
  }

  package mutating func note(region id: Int64, as name: String) {
    if regions[id] == nil { regions[id] = name }
  }

  /// `this row gives 2 for gdp mianyang 2023 but line 5 gives 1 with the same source, …`
  package func contradiction(
    at location: InputLocation, value: Double, indicatorID: Int64, regionID: Int64, period: String, earlierLine: Int, earlierValue: Double
  ) -> InputError {
    InputError(
      location,
      Messages.contradictoryRow(
        value: value, indicator: indicators[indicatorID] ?? "?", region: regions[regionID] ?? "?", period: period,
        earlierLine: earlierLine, earlierValue: earlierValue))
  }

  /// The revision line of a row of `StoreSQL.revisions`: the new vintage `id` against the value
  /// current before it (`previous`), or, when the current value now is another row's
  /// (`currentID`: the new vintage is older, an earlier publication date), against that value,
  /// which `show` still reads.
  package func revision(
    id: Int64, indicatorID: Int64, regionID: Int64, period: String, value: Double, vintage: String?, previous: Double,
    currentID: Int64, current: Double
  ) -> Revision {
    let kept = currentID != id
    return Revision(
      indicator: indicators[indicatorID] ?? "?", region: regions[regionID] ?? "?", period: period,
      previous: ValueFormatting.shortest(kept ? current : previous), value: ValueFormatting.shortest(value), vintage: vintage,
      keptCurrent: kept)
  }
}
