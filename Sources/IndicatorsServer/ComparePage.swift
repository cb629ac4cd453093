import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

/// `/compare?indicator=gdp&regions=mianyang,chengdu,sichuan`: one indicator in several regions,
/// one line each on one chart (indexed to a common base year when their levels differ widely,
/// which the page says), and the indicator's targets of those regions side by side, assessed as
/// the report assesses them (`SeriesComparison`).
package enum ComparePage {
  /// The most regions a link to the page names.
  static let linkedRegions = 8

  /// The page's address for an indicator in regions (codes).
  static func address(indicator: String, regions: [String]) -> String {
    "/compare?indicator=\(HTML.percentEncode(indicator))&amp;regions=\(regions.map(HTML.percentEncode).joined(separator: ","))"
  }

  /// The regions that have a series of `indicator`, `first` (when it has one) leading; at most
  /// `linkedRegions`.
  static func regions(with indicator: String, first: String? = nil, in summaries: [SeriesSummary]) -> [String] {
    var codes = summaries.filter { $0.indicator.code == indicator }.map(\.region.code)
    if let first, let index = codes.firstIndex(of: first) { codes.insert(codes.remove(at: index), at: 0) }
    return Array(codes.prefix(linkedRegions))
  }

  package static func render(
    _ store: any IndicatorStoring, indicator: String?, regions: String?, asOf: CalendarDate?, chinese: Bool
  ) throws -> Page {
    let text = PageText(chinese: chinese)
    let language: Language = chinese ? .zh : .en
    guard let indicator else { throw RequestError(text.compareNeedsIndicator) }
    let comparison = try SeriesComparison.assess(
      store, indicator: indicator, regions: RegionComparison.names(regions ?? ""), asOf: asOf, language: language)
    let name = comparison.indicator.name(language)
    let names = comparison.regions.map { $0.name(language) }
    var body = "<p class=\"sub\">\(HTML.escape(names.joined(separator: " · ")))\(asOf.map { " · \(text.asOfNote) \($0)" } ?? "")</p>\n"
    let scale = comparison.baseYear.map { text.indexedScale(base: $0, ratio: SeriesComparison.indexRatio) }
      ?? text.oneAxisScale(unit: comparison.indicator.unit.symbol)
    body += "<p class=\"notice\">\(HTML.escape(scale))</p>\n"
    body += "<div class=\"chart\">\(LineChart.render(comparison.chart(language: language), language: language))</div>\n"
    let empty = comparison.lines.filter(\.observed.isEmpty).map { $0.region.name(language) }
    if !empty.isEmpty { body += "<p class=\"notice warning\">\(HTML.escape(text.noValues(in: empty)))</p>\n" }
    let asOfQuery = asOf.map { "?as_of=\($0)" } ?? ""
    let series = comparison.lines.filter { !$0.observed.isEmpty }.map {
      "<a href=\"/series/\(HTML.percentEncode(comparison.indicator.code))/\(HTML.percentEncode($0.region.code))\(asOfQuery)\">\(HTML.escape($0.region.name(language)))</a>"
    }
    if !series.isEmpty { body += "<p class=\"links\">\(text.seriesOfEachRegion): \(series.joined(separator: " "))</p>\n" }
    body += "<h2>\(text.targetsSideBySide)</h2>\n"
    body += comparison.targets.lines.isEmpty
      ? "<p>\(HTML.escape(text.noTargets(name)))</p>\n"
      : HTML.table(comparison.targets.table(chinese: chinese, forReading: true), chinese: chinese)
    let heading = "\(HTML.escape(text.compareTitle(name))) <small class=\"code\">\(HTML.escape(comparison.indicator.code))</small>"
    return Page(title: text.compareTitle(name), heading: heading, body: body)
  }
}
