import IndicatorsCore

/// Reads a target row of a data file (`kind=target`: indicator, region, due year, value,
/// qualifier, source) into a typed plan target, by the rules planning documents follow:
/// - `<indicator>_gap_vs_<region>` is a margin over another region's growth (`relative`), from the
///   publication year to the due year;
/// - a value for a year no later than the document's own year is that year's target (`annual`):
///   work reports set this year's growth, investment and level;
/// - a later year is a level (or, for shares and ratios, a share) to reach by then, from the
///   publication year as base (a plan published in December 2023 counts from 2023).
package enum StatedTarget {
  package static func interpret(_ row: ObservationInput, indicator: IndicatorDefinition, value: Double) -> PlanTarget? {
    guard case .year(let due) = row.period else { return nil }
    let published = CalendarDate(parsing: row.source.published)?.year ?? due
    let source = row.source
    let label = row.locator
    if let range = indicator.code.range(of: "_gap_vs_") {
      return PlanTarget(
        indicator: String(indicator.code[..<range.lowerBound]) + "", region: row.region, kind: .relative,
        basePeriod: published, duePeriod: due, value: value, qualifier: row.qualifier,
        comparedRegion: String(indicator.code[range.upperBound...]), label: label, source: source)
    }
    if due <= published {
      return PlanTarget(indicator: indicator.code, region: row.region, kind: .annual, basePeriod: nil, duePeriod: due, value: value, qualifier: row.qualifier, label: label, source: source)
    }
    let kind: PlanTarget.Kind = indicator.measureKind == .share || indicator.measureKind == .ratio ? .share : .level
    return PlanTarget(indicator: indicator.code, region: row.region, kind: kind, basePeriod: published, duePeriod: due, value: value, qualifier: row.qualifier, label: label, source: source)
  }
}
