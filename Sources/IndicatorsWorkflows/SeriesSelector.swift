import IndicatorsCore
import IndicatorsStore

/// The series a user names: an indicator and, optionally, a region. This is the one resolver
/// every command uses, so `report --region 绵阳市` finds what `show gdp --region 绵阳市` finds.
///
/// An indicator matches its code, Chinese name, English name or an alias (any case, full-width
/// or not), else a unique code prefix or part of its Chinese name or an alias; a region matches
/// its code, Chinese or English name or an alias (`CatalogIndex` holds the rule). Without a
/// region, the default region (`config set region`) is taken when it has the indicator, else the
/// only region that does.
package struct SeriesSelector: Hashable, Sendable {
  package var indicator: String
  package var region: String?

  package init(indicator: String, region: String? = nil) {
    self.indicator = indicator
    self.region = region
  }

  package func resolve(in store: IndicatorStore) throws(StoreError) -> SelectedSeries {
    let (indicator, region) = try store.resolveSeries(indicator: indicator, region: region)
    return SelectedSeries(indicator: indicator, region: region)
  }

  /// The region a name means, or nil for no name (every region).
  package static func region(_ name: String?, in store: IndicatorStore) throws(StoreError) -> RegionDefinition? {
    guard let name else { return nil }
    return try store.region(named: name)
  }
}

/// An indicator in a region, resolved.
package struct SelectedSeries: Hashable, Sendable {
  package var indicator: IndicatorDefinition
  package var region: RegionDefinition

  package init(indicator: IndicatorDefinition, region: RegionDefinition) {
    self.indicator = indicator
    self.region = region
  }

  /// `gdp · mianyang`, as messages name a series.
  package var label: String { "\(indicator.code) · \(region.code)" }

  /// The latest value of each period (or what was published by `asOf`).
  package func points(in store: IndicatorStore, asOf: CalendarDate?) throws(StoreError) -> [SeriesPoint] {
    try store.seriesPoints(indicator: indicator.code, region: region.code, asOf: asOf)
  }
}
