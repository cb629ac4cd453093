import IndicatorsCore
import IndicatorsStore
import IndicatorsWorkflows

/// `/report?region=…`: the HTML target report that `indicators report --format html` writes,
/// assessed on the store as it is now (or as of a date), with links to each region's report.
package enum ReportPage {
  package static func render(_ store: any IndicatorStoring, region: String?, asOf: CalendarDate?, reader: Reader) throws -> String {
    let chinese = reader.chinese
    let text = PageText(chinese: chinese)
    let report = try TargetReport.assess(store, region: region, asOf: asOf)
    let regions = try store.regions()
    let withTargets = Set(try store.targets().map(\.region))
    let asOfQuery = asOf.map { "&amp;as_of=\($0)" } ?? ""
    var links = "<a href=\"/report\(asOf.map { "?as_of=\($0)" } ?? "")\">\(text.allRegions)</a>"
    for r in regions where withTargets.contains(r.code) {
      links += " <a href=\"/report?region=\(HTML.percentEncode(r.code))\(asOfQuery)\">\(HTML.escape(chinese ? r.nameZh : r.nameEn))</a>"
    }
    // Each indicator of the report, in every region that has its series.
    let summaries = try store.seriesSummaries()
    var compare: [String] = []
    for code in report.rows.map(\.indicator.code) where !compare.contains(code) { compare.append(code) }
    let compareLinks = compare.map { code in
      let name = report.rows.first { $0.indicator.code == code }!.indicator.name(chinese ? .zh : .en)
      return "<a href=\"\(ComparePage.address(indicator: code, regions: ComparePage.regions(with: code, first: region.flatMap { try? SeriesSelector.region($0, in: store)?.code }, in: summaries)) + asOfQuery)\">\(HTML.escape(name))</a>"
    }
    let download = "/report?format=csv" + (region.map { "&amp;region=\(HTML.percentEncode($0))" } ?? "") + asOfQuery
    var extra = "<p class=\"links\">\(links)</p>\n<p class=\"links\"><a href=\"\(download)\" download>\(text.downloadCSV)</a></p>"
    if !compareLinks.isEmpty { extra += "\n<p class=\"links\">\(text.compareNav): \(compareLinks.joined(separator: " "))</p>" }
    return Page.insertNavigation(into: report.html(chinese: chinese), reader: reader, extra: extra)
  }

  /// The report as `indicators report --format csv` writes it (the data table: codes and full
  /// numbers, Excel-safe through `Table.csv`), as a file to save.
  package static func download(_ store: any IndicatorStoring, region: String?, asOf: CalendarDate?, chinese: Bool) throws -> Download {
    let report = try TargetReport.assess(store, region: region, asOf: asOf)
    let code = try SeriesSelector.region(region, in: store)?.code ?? "all"
    let name = "report-\(code)\(asOf.map { "-as-of-\($0)" } ?? "").csv"
    return Download(
      fileName: name, contentType: "text/csv; charset=utf-8", text: report.dataTable(language: chinese ? .zh : .en).csv(chinese: chinese))
  }
}
