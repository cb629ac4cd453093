import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

/// `/series/{indicator}/{region}`: one series' forecast fan, its values with their vintages, and
/// downloads of the same observations as CSV (the columns `import` reads back) or JSON.
package enum SeriesPage {
  /// Years the page forecasts.
  static let horizon = 5

  /// The page's address for a series.
  static func address(_ summary: SeriesSummary) -> String {
    "/series/\(HTML.percentEncode(summary.indicator.code))/\(HTML.percentEncode(summary.region.code))"
  }

  static func address(_ series: SelectedSeries) -> String {
    "/series/\(HTML.percentEncode(series.indicator.code))/\(HTML.percentEncode(series.region.code))"
  }

  package static func render(_ store: any IndicatorStoring, _ selector: SeriesSelector, asOf: CalendarDate?, chinese: Bool) throws -> Page {
    let text = PageText(chinese: chinese)
    let language: Language = chinese ? .zh : .en
    let series = try selector.resolve(in: store)
    let (_, latest) = try SeriesTables.show(store, selector, asOf: asOf, allVintages: false, language: language)
    let (_, every) = try SeriesTables.show(store, selector, asOf: asOf, allVintages: true, language: language)
    let address = address(series)
    let asOfQuery = asOf.map { "&amp;as_of=\($0)" } ?? ""
    let compare = ComparePage.address(
      indicator: series.indicator.code,
      regions: ComparePage.regions(with: series.indicator.code, first: series.region.code, in: try store.seriesSummaries())) + asOfQuery
    let sub = [text.unit(series.indicator.unit.symbol), asOf.map { "\(text.asOfNote) \($0)" } ?? "", series.indicator.notes]
    var body = "<p class=\"sub\">\(HTML.escape(sub.filter { !$0.isEmpty }.joined(separator: " · ")))</p>\n"
    body += """
      <p class="links">\(text.download): <a href="\(address)?format=csv\(asOfQuery)">CSV</a> <a href="\(address)?format=json\(asOfQuery)">JSON</a> \
      <a href="\(address)?format=csv&amp;vintages=all\(asOfQuery)">\(text.everyVintageCSV)</a> · \
      <a href="/report?region=\(HTML.percentEncode(series.region.code))">\(text.targetReportOfRegion)</a> · \
      <a href="\(compare)">\(text.compareThis)</a></p>

      """
    body += "<h2>\(text.forecastHeading)</h2>\n"
    do {
      let forecasting = ForecastWorkflow(horizon: horizon, language: language)
      let result = try forecasting.run(series, in: store, asOf: asOf)
      body += "<div class=\"chart\">\(SVGChart.render(try ChartWorkflow.chart(result, in: store, language: language), language: language))</div>\n"
      body += notices(result.notices)
      body += HTML.table(forecasting.table(result), chinese: chinese)
    } catch let error as StoreError {
      throw error
    } catch {
      // No annual values, or a model that cannot fit them (too few, or values a log model cannot take).
      body += "<p class=\"notice warning\">\(text.noForecast): \(HTML.escape(String(describing: error)))</p>\n"
    }
    body += "<h2>\(text.valuesHeading)</h2>\n" + HTML.table(latest, chinese: chinese)
    body += "<h2>\(text.vintagesHeading)</h2>\n" + HTML.table(every, chinese: chinese)
    return Page(title: series.label(language), heading: heading(series, language), body: body)
  }

  /// The page's heading: the indicator's and the region's names, the code small beside them
  /// (`地区生产总值 · 绵阳市 <small class="code">gdp</small>`).
  static func heading(_ series: SelectedSeries, _ language: Language) -> String {
    "\(HTML.escape(series.label(language))) <small class=\"code\">\(HTML.escape(series.indicator.code))</small>"
  }

  static func notices(_ notices: [Notice]) -> String {
    notices.map { "<p class=\"notice\(($0.kind == .warning) ? " warning" : "")\">\(HTML.escape($0.text))</p>\n" }.joined()
  }

  /// The series' observations as a file: the long CSV `export` writes (UTF-8 with a byte-order
  /// mark, for Excel) or its JSON; latest vintages unless `allVintages`.
  package static func download(
    _ store: any IndicatorStoring, _ selector: SeriesSelector, format: DownloadFormat, allVintages: Bool, asOf: CalendarDate?, chinese: Bool
  ) throws -> Download {
    let series = try selector.resolve(in: store)
    let query = ObservationQuery(indicators: [series.indicator.code], regions: [series.region.code], asOf: asOf, allVintages: allVintages)
    let name = "\(series.indicator.code)-\(series.region.code)\(allVintages ? "-vintages" : "")"
    switch format {
    case .csv:
      var csv = ""
      _ = try ExportTables.streamLongCSV(store, query, chineseHeaders: chinese, byteOrderMark: true) { csv += String(decoding: $0, as: UTF8.self) }
      return Download(fileName: name + ".csv", contentType: "text/csv; charset=utf-8", text: csv)
    case .json:
      return Download(fileName: name + ".json", contentType: "application/json; charset=utf-8", text: ExportTables.long(try store.observations(query)).json())
    }
  }

  package enum DownloadFormat: String, Sendable, CaseIterable { case csv, json }
}

/// A file the browser saves rather than shows.
package struct Download: Sendable {
  package var fileName: String
  package var contentType: String
  package var text: String
}
