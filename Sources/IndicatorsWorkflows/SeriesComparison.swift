import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// One indicator in several regions, side by side (`/compare?indicator=gdp&regions=mianyang,deyang`):
/// each region's annual values (`AnnualSeries`' observed years: the figures a chart and a target
/// assessment see), on one axis, or indexed to a common base year (= 100) when the regions'
/// levels differ by more than `indexRatio` (a province beside its cities), and the indicator's
/// targets of those regions assessed side by side (`RegionComparison`, as `report --regions`).
package struct SeriesComparison {
  package struct Line {
    package var region: RegionDefinition
    /// Observed annual values, oldest first (no filled years); empty when the region has none.
    package var observed: [(year: Int, value: Double)]
  }

  package var indicator: IndicatorDefinition
  package var lines: [Line]
  /// The base year of the index (its values = 100), or nil when the values are drawn as they are.
  package var baseYear: Int?
  /// The indicator's targets of these regions, side by side.
  package var targets: RegionComparison

  /// Levels further apart than this (largest latest value over the smallest) are indexed.
  package static let indexRatio = 5.0

  package var regions: [RegionDefinition] { lines.map(\.region) }

  /// Resolves the names (as `SeriesSelector` does) and reads the series as of `asOf`. An unknown
  /// indicator or region throws a `WorkflowError` naming it, in `language`, with the nearest
  /// known names; so does an empty list of regions.
  package static func assess(
    _ store: any IndicatorStoring, indicator name: String, regions names: [String], asOf: CalendarDate?, language: Language
  ) throws -> SeriesComparison {
    guard let indicator = try known({ try store.indicator(named: name) }) else {
      let nearest = Suggestion.nearest(to: name, among: try store.indicators().flatMap { [$0.code, $0.nameZh, $0.nameEn] })
      throw WorkflowError(Messages.unknownIndicator(name, nearest: nearest, language))
    }
    guard !names.isEmpty else { throw WorkflowError(language.pick("regions：请给出至少一个地区（如 mianyang,deyang）", "regions: name at least one region (mianyang,deyang)")) }
    var lines: [Line] = []
    for name in names {
      guard let region = try known({ try store.region(named: name) }) else {
        let nearest = Suggestion.nearest(to: name, among: try store.regions().flatMap { [$0.code, $0.nameZh, $0.nameEn] })
        throw WorkflowError(Messages.unknownRegion(name, nearest: nearest, language))
      }
      guard !lines.contains(where: { $0.region == region }) else { continue }
      let points = try store.seriesPoints(indicator: indicator.code, region: region.code, asOf: asOf)
      lines.append(Line(region: region, observed: AnnualSeries(points).observed))
    }
    var targets = try RegionComparison.assess(store, regions: lines.map(\.region.code), asOf: asOf)
    targets.lines = targets.lines.filter { $0.indicator.code == indicator.code }
    return SeriesComparison(indicator: indicator, lines: lines, baseYear: indexBase(indicator, lines), targets: targets)
  }

  /// What `lookUp` finds, or nil when the store knows no such name; other errors are thrown.
  static func known<T>(_ lookUp: () throws -> T) throws -> T? {
    do {
      return try lookUp()
    } catch let error as StoreError {
      if case .unknownSeries = error { return nil }
      throw error
    }
  }

  /// The base year when the lines are to be indexed: a level (or count) whose regions' latest
  /// values are all positive and differ more than `indexRatio` times, and a year every region has
  /// a value for (the earliest such). Nil otherwise: rates, shares and ratios are compared as
  /// they are, and so are levels of like size or without a common year.
  static func indexBase(_ indicator: IndicatorDefinition, _ lines: [Line]) -> Int? {
    guard indicator.measureKind == .level || indicator.measureKind == .count else { return nil }
    let latest = lines.compactMap(\.observed.last?.value)
    guard latest.count >= 2, let low = latest.min(), let high = latest.max(), low > 0, high / low > indexRatio else { return nil }
    let withData = lines.filter { !$0.observed.isEmpty }
    var common = Set(withData[0].observed.filter { $0.value > 0 }.map(\.year))
    for line in withData.dropFirst() { common.formIntersection(line.observed.filter { $0.value > 0 }.map(\.year)) }
    return common.min()
  }

  /// The values drawn for a line: as observed, or `100 × value / value in the base year`.
  package func drawn(_ line: Line) -> [(year: Int, value: Double)] {
    guard let baseYear, let base = line.observed.first(where: { $0.year == baseYear })?.value else { return line.observed }
    return line.observed.map { ($0.year, 100 * $0.value / base) }
  }

  package func chart(language: Language) -> LineChartData {
    LineChartData(
      title: indicator.name(language),
      unit: baseYear.map { language.pick("指数（\($0) = 100）", "index (\($0) = 100)") } ?? indicator.unit.symbol,
      lines: lines.map { .init(name: $0.region.name(language), points: drawn($0)) })
  }
}
