import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsCore
import IndicatorsServer
import IndicatorsWorkflows
import Testing

/// The `data-series` names of the chart's lines, in order.
func seriesLines(_ html: String) -> [String] {
  html.components(separatedBy: "<polyline class=\"series\" data-series=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
}

/// `/compare`: one indicator in several regions (issue 26).
@Suite struct ComparePageTests {
  @Test func regionsOfLikeSizeShareOneAxis() async throws {
    let store = try sampleStore()
    // Sichuan's latest GDP is under 3 times Chengdu's.
    try await withDashboard(store) { client in
      let response = try await client.execute(uri: "/compare?indicator=gdp&regions=sichuan,chengdu", method: .get)
      #expect(response.status == .ok)
      let html = response.text
      #expect(html.contains("<h1>Regions side by side: GDP <small class=\"code\">gdp</small></h1>"))
      #expect(seriesLines(html) == ["Sichuan", "Chengdu"])
      #expect(html.contains("Every region&#39;s values on one axis (亿元)."))
      #expect(!html.contains("indexed"))
      // The legend names each line in its colour.
      #expect(html.contains("fill=\"#0072b2\"/><text") && html.contains("fill=\"#d55e00\"/><text"))
      #expect(html.contains(">Sichuan</text>") && html.contains(">Chengdu</text>"))
      #expect(html.contains("<h2>Plan targets, side by side</h2>"))
      #expect(html.contains("href=\"/series/gdp/sichuan\"") && html.contains("href=\"/series/gdp/chengdu\""))
    }
  }

  @Test func theTargetsOfTheIndicatorStandSideBySide() async throws {
    let store = try sampleStore()
    let targets = try store.targets(region: "mianyang").filter { $0.indicator == "gdp" }
    #expect(!targets.isEmpty)
    try await withDashboard(store) { client in
      let html = try await client.execute(uri: "/compare?indicator=gdp&regions=mianyang,chengdu", method: .get).text
      #expect(html.contains("<th>Mianyang latest</th>") && html.contains("<th>Chengdu status</th>"))
      // One row per gdp target of Mianyang (Chengdu's, if any, add rows); none of another indicator.
      let table = String(html[html.range(of: "<h2>Plan targets, side by side</h2>")!.upperBound...])
      let rows = table.components(separatedBy: "<tr><td>").count - 1
      #expect(rows >= targets.count)
      #expect(table.components(separatedBy: "<tr><td>GDP</td>").count - 1 == rows)
    }
  }

  @Test func levelsFarApartAreIndexedToACommonYear() async throws {
    let store = try sampleStore()
    let comparison = try SeriesComparison.assess(store, indicator: "gdp", regions: ["mianyang", "chengdu", "sichuan"], asOf: nil, language: .en)
    let base = try #require(comparison.baseYear)
    for line in comparison.lines {
      #expect(line.observed.contains { $0.year == base }, "\(line.region.code) has \(base)")
      let drawn = comparison.drawn(line)
      #expect(abs(drawn.first { $0.year == base }!.value - 100) < 1e-9)
    }
    // Growth rates are compared as they are, however far apart.
    #expect(try SeriesComparison.assess(store, indicator: "gdp_growth", regions: ["mianyang", "sichuan"], asOf: nil, language: .en).baseYear == nil)
    try await withDashboard(store) { client in
      let html = try await client.execute(uri: "/compare?indicator=gdp&regions=mianyang,chengdu,sichuan", method: .get).text
      #expect(seriesLines(html) == ["Mianyang", "Chengdu", "Sichuan"])
      #expect(html.contains("so each is indexed to \(base) = 100"))
      #expect(html.contains("index (\(base) = 100)"))
      let chinese = try await client.execute(uri: "/compare?indicator=gdp&regions=mianyang,chengdu,sichuan&lang=zh", method: .get).text
      #expect(chinese.contains("<h1>地区对比：地区生产总值 <small class=\"code\">gdp</small></h1>"))
      #expect(seriesLines(chinese) == ["绵阳市", "成都市", "四川省"])
      #expect(chinese.contains("以 \(base) 年 = 100 指数化"))
      #expect(chinese.contains("<th>绵阳市 最新值</th>"))
    }
  }

  @Test func unknownNamesAreA400NamingThem() async throws {
    try await withDashboard(try sampleStore()) { client in
      let indicator = try await client.page(
        "/compare?indicator=gpd%3Cb%3E&regions=mianyang", .badRequest, containing: "no indicator called &#39;gpd&lt;b&gt;&#39;")
      #expect(!indicator.text.contains("gpd<b>"))
      try await client.page("/compare?indicator=gdp&regions=mianyang,atlantis", .badRequest, containing: "no region called &#39;atlantis&#39;")
      try await client.page("/compare?regions=mianyang", .badRequest, containing: "indicator: name an indicator")
      try await client.page("/compare?indicator=gdp&lang=zh", .badRequest, containing: "请给出至少一个地区")
    }
  }

  @Test func theSeriesAndReportPagesLinkToIt() async throws {
    try await withDashboard(try sampleStore()) { client in
      let series = try await client.execute(uri: "/series/gdp/mianyang", method: .get).text
      #expect(series.contains("<a href=\"/compare?indicator=gdp&amp;regions=mianyang,"))
      #expect(series.contains("Compare this indicator across regions"))
      let report = try await client.execute(uri: "/report?region=mianyang", method: .get).text
      #expect(report.contains("<a href=\"/compare?indicator=gdp&amp;regions=mianyang,"))
      // The links lead to pages that draw.
      let address = String(series.components(separatedBy: "<a href=\"/compare?").dropFirst().first!.prefix { $0 != "\"" })
      let compare = try await client.execute(uri: "/compare?" + address.replacingOccurrences(of: "&amp;", with: "&"), method: .get)
      #expect(compare.status == .ok)
      #expect(seriesLines(compare.text).count >= 2)
    }
  }
}
