import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// `/`: every series in the store, narrowed by a search over codes and Chinese and English names.
package enum SeriesListPage {
  /// The series whose indicator or region matches every word of `query` (any case, any part of
  /// a code or name: `gdp 绵阳`, `Mianyang growth`, `研发`); all of them for an empty query.
  package static func matching(_ summaries: [SeriesSummary], query: String?) -> [SeriesSummary] {
    let words = (query ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return summaries }
    return summaries.filter { s in
      let fields = [s.indicator.code, s.indicator.nameZh, s.indicator.nameEn, s.region.code, s.region.nameZh, s.region.nameEn]
        .map { $0.lowercased() }
      return words.allSatisfy { word in fields.contains { $0.contains(word) } }
    }
  }

  package static func render(_ store: any IndicatorStoring, query: String?, chinese: Bool) throws -> Page {
    let text = PageText(chinese: chinese)
    let all = try store.seriesSummaries()
    let shown = matching(all, query: query)
    var table = Table(columns: [
      .init("indicator", "指标"), .init("name_zh", "名称"), .init("name_en", "name"), .init("region", "地区"),
      .init("region_name", "地区名称"), .init("unit", "单位"), .init("first", "起"), .init("last", "止"),
      .init("count", "个数", alignRight: true), .init("latest", "最新值", alignRight: true),
    ])
    for s in shown {
      table.rows.append([
        .text(s.indicator.code), .text(s.indicator.nameZh), .text(s.indicator.nameEn), .text(s.region.code),
        .text(chinese ? s.region.nameZh : s.region.nameEn), .text(s.indicator.unit.symbol), .text(s.first.canonical),
        .text(s.last.canonical), .number(Double(s.count)),
        s.latest.qualifier == .exact ? .number(s.latest.value) : .text(s.latest.qualifiedValueText),
      ])
    }
    var body = """
      <form class="search" method="get" action="/"><input type="search" name="q" value="\(HTML.escape(query ?? ""))" placeholder="\(HTML.escape(text.searchPlaceholder))" autofocus> <button>\(text.search)</button></form>
      <p class="sub">\(HTML.escape(text.seriesCount(shown.count, of: all.count)))</p>

      """
    body += shown.isEmpty ? "<p>\(text.noMatch)</p>\n" : HTML.table(table, chinese: chinese) { SeriesPage.address(shown[$0]) }
    return Page(title: text.seriesTitle, body: body)
  }
}
