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

  package func resolve(in store: any IndicatorStoring) throws(StoreError) -> SelectedSeries {
    try resolve(in: store, language: .en)
  }

  /// Like `resolve(in:)`; a name that matches no indicator or region is said in `language`,
  /// with the known names nearest to it (`did you mean 'gdp'?`).
  package func resolve(in store: any IndicatorStoring, language: Language) throws(StoreError) -> SelectedSeries {
    do {
      let (indicator, region) = try store.resolveSeries(indicator: indicator, region: region)
      return SelectedSeries(indicator: indicator, region: region)
    } catch .unknownSeries(let message) {
      throw .unknownSeries(unknownName(in: store, language: language) ?? message)
    }
  }

  /// The message for an indicator (or region) name the store does not know, with suggestions;
  /// nil when both names are known (the series itself is missing).
  func unknownName(in store: any IndicatorStoring, language: Language) -> String? {
    if (try? store.indicator(named: indicator)) == nil, let indicators = try? store.indicators() {
      let nearest = Suggestion.nearest(to: indicator, among: indicators.flatMap { [$0.code, $0.nameZh, $0.nameEn] })
      return Messages.unknownIndicator(indicator, nearest: nearest, language)
    }
    if let region, (try? store.region(named: region)) == nil, let regions = try? store.regions() {
      let nearest = Suggestion.nearest(to: region, among: regions.flatMap { [$0.code, $0.nameZh, $0.nameEn] })
      return Messages.unknownRegion(region, nearest: nearest, language)
    }
    return nil
  }

  /// The region a name means, or nil for no name (every region).
  package static func region(_ name: String?, in store: any IndicatorStoring) throws(StoreError) -> RegionDefinition? {
    guard let name else { return nil }
    return try store.region(named: name)
  }
}

/// An indicator in a region, resolved: `SeriesSelector.resolve` makes one (the memberwise
/// initialiser is internal; other modules and tests resolve a selector).
package struct SelectedSeries: Hashable, Sendable {
  package var indicator: IndicatorDefinition
  package var region: RegionDefinition

  /// `gdp · mianyang`, as messages name a series.
  package var label: String { "\(indicator.code) · \(region.code)" }

  /// The series as a reader names it: `地区生产总值 · 绵阳市`, `GDP · Mianyang`.
  package func label(_ language: Language) -> String { "\(indicator.name(language)) · \(region.name(language))" }

  /// The latest value of each period (or what was published by `asOf`).
  package func points(in store: any IndicatorStoring, asOf: CalendarDate?) throws(StoreError) -> [SeriesPoint] {
    try store.seriesPoints(indicator: indicator.code, region: region.code, asOf: asOf)
  }
}
