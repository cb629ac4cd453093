import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsServer
import IndicatorsStore
import IndicatorsCore
import IndicatorsWorkflows
import Testing

/// The bundled sample data, loaded once per test run.
private let sampleTemplate = Result { () throws -> IndicatorStore in
  let store = try IndicatorStore.inMemory()
  try SampleDataLoader.load(into: store) { _ in }
  return store
}

/// A fresh copy of the sample data, as `indicators init` leaves a file.
func sampleStore() throws -> IndicatorStore { try sampleTemplate.get().inMemoryCopy() }

/// Requests to the dashboard's router, in process. With `role`, every request carries the
/// token of a user of that role (added to the store) unless it names its own `Authorization`.
func withDashboard(
  _ store: IndicatorStore, allowImport: Bool = false, publicRead: Bool = true, role: UserRole? = .analyst, chinese: Bool = false,
  maxUploadBytes: Int = 1 << 20, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
  let token = try role.map { try UserWorkflow.add("tester-\($0.rawValue)", role: $0, to: store).token }
  let dashboard = Dashboard(store: store, allowImport: allowImport, publicRead: publicRead, chinese: chinese, maxUploadBytes: maxUploadBytes)
  let app = Application(router: dashboard.router())
  try await app.test(.router) { client in try await test(token.map { SignedInClient(client: client, token: $0) } ?? client) }
}

/// A test client whose requests carry `Authorization: Bearer TOKEN` unless they name their own.
struct SignedInClient: TestClientProtocol {
  var client: any TestClientProtocol
  var token: String

  func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
    var headers = headers
    if headers[.authorization] == nil { headers[.authorization] = "Bearer \(token)" }
    return try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
  }

  var port: Int? { client.port }
}

extension TestResponse {
  var text: String { String(buffer: body) }
}

extension TestClientProtocol {
  /// GETs `uri`, expects `status` and each of `texts` in the body, and returns the response.
  @discardableResult
  func page(
    _ uri: String, _ status: HTTPResponse.Status = .ok, containing texts: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> TestResponse {
    let response = try await execute(uri: uri, method: .get)
    #expect(response.status == status, "\(uri)", sourceLocation: sourceLocation)
    for text in texts { #expect(response.text.contains(text), "\(uri) lacks \(text)", sourceLocation: sourceLocation) }
    return response
  }
}

/// The links to series pages in a page, in order.
func seriesLinks(_ html: String) -> [String] {
  html.components(separatedBy: "<a href=\"/series/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
}

@Suite struct SeriesListPageTests {
  @Test func listsEverySeriesWithALinkToItsPage() async throws {
    let store = try sampleStore()
    let count = try store.seriesSummaries().count
    try await withDashboard(store) { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let links = seriesLinks(response.text)
      #expect(links.count == count)
      #expect(links.contains("gdp/mianyang"))
      #expect(response.text.contains("\(count) series"))
    }
  }

  @Test func searchesChineseAndEnglishNamesAndCodes() async throws {
    let store = try sampleStore()
    try await withDashboard(store) { client in
      // 绵阳 地区生产总值: the GDP series (地区生产总值, …增速) of Mianyang and its high-tech zone.
      let chinese = seriesLinks(try await client.execute(uri: "/?q=%E7%BB%B5%E9%98%B3+%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC", method: .get).text)
      #expect(chinese.contains("gdp/mianyang"))
      #expect(chinese.contains("gdp_growth/mianyang_hitech_zone"))
      #expect(chinese.allSatisfy { $0.hasPrefix("gdp") && $0.contains("/mianyang") })
      let english = seriesLinks(try await client.execute(uri: "/?q=GDP+real+growth+Sichuan", method: .get).text)
      #expect(english == ["gdp_growth/sichuan"])
      let none = try await client.execute(uri: "/?q=no-such-thing", method: .get)
      #expect(seriesLinks(none.text).isEmpty)
      #expect(none.text.contains("No series matches."))
    }
  }

  @Test func escapesTheQueryItShowsBack() async throws {
    try await withDashboard(try sampleStore()) { client in
      let html = try await client.execute(uri: "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22", method: .get).text
      #expect(!html.contains("<script>"))
      #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\""))
    }
  }
}

@Suite struct SeriesPageTests {
  @Test func showsTheFanChartValuesAndEveryVintage() async throws {
    let store = try sampleStore()
    let versions2023 = try store.history(indicator: "gdp", region: "mianyang", period: .year(2023)).count
    try await withDashboard(store) { client in
      let response = try await client.execute(uri: "/series/gdp/mianyang", method: .get)
      #expect(response.status == .ok)
      let html = response.text
      #expect(html.contains("<svg"))
      #expect(html.contains("<polygon"))  // the forecast fan
      #expect(html.contains("4038.73"))  // a superseded 2023 vintage, in the every-vintage table
      #expect(html.contains("href=\"/series/gdp/mianyang?format=csv\""))
      #expect(html.contains("href=\"/report?region=mianyang\""))
      // 2023 appears in the forecast table (the last observed years), in the values table, and
      // once per version in the every-vintage table.
      let rows2023 = html.components(separatedBy: "<tr><td>2023</td>").count - 1
      #expect(rows2023 == 2 + versions2023)
    }
  }

  @Test func namesWorkInThePathToo() async throws {
    try await withDashboard(try sampleStore()) { client in
      // /series/地区生产总值/绵阳市
      let response = try await client.page(
        "/series/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC/%E7%BB%B5%E9%98%B3%E5%B8%82",
        containing: "<h1>GDP · Mianyang <small class=\"code\">gdp</small></h1>", "<title>GDP · Mianyang · indicators</title>", "unit: 亿元")
      #expect(!response.text.contains(" · </p>"))
    }
  }

  @Test func downloadsTheSeriesAsCSVAndJSON() async throws {
    let store = try sampleStore()
    let latest = try store.observations(ObservationQuery(indicators: ["gdp"], regions: ["mianyang"]))
    let every = try store.observations(ObservationQuery(indicators: ["gdp"], regions: ["mianyang"], allVintages: true))
    #expect(every.count > latest.count)
    try await withDashboard(store) { client in
      let csv = try await client.execute(uri: "/series/gdp/mianyang?format=csv", method: .get)
      #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
      #expect(csv.headers[.contentDisposition] == "attachment; filename=\"gdp-mianyang.csv\"")
      let lines = csv.text.split(whereSeparator: \.isNewline)
      #expect(lines.first?.hasPrefix("\u{FEFF}indicator,region,period,value") == true)
      #expect(lines.count == 1 + latest.count)
      #expect(lines.contains { $0.hasPrefix("gdp,mianyang,2023,4096,") })
      let all = try await client.execute(uri: "/series/gdp/mianyang?format=csv&vintages=all", method: .get)
      #expect(all.text.split(whereSeparator: \.isNewline).count == 1 + every.count)
      let json = try await client.execute(uri: "/series/gdp/mianyang?format=json", method: .get)
      let objects = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]]
      #expect(objects?.count == latest.count)
      #expect(objects?.contains { $0["period"] as? String == "2023" && $0["value"] as? Double == 4096 } == true)
    }
  }

  @Test func unknownSeriesAndFormatsArePagesNotCrashes() async throws {
    try await withDashboard(try sampleStore()) { client in
      try await client.page("/series/no_such_indicator/mianyang", .notFound, containing: "<h1>Not found</h1>", "no_such_indicator")
      try await client.page(
        "/series/gdp/mianyang?format=xml%3Cb%3E", .badRequest, containing: "format &#39;xml&lt;b&gt;&#39; is not one of csv, json")
      try await client.page("/series/gdp/mianyang?as_of=yesterday", .badRequest)
      let page = try await client.page("/no/such/page", .notFound, containing: "no page at /no/such/page")
      #expect(page.headers[.contentType] == "text/html; charset=utf-8")
      let delete = try await client.execute(uri: "/", method: .delete)
      #expect(delete.status == .methodNotAllowed)
      #expect(delete.text.contains("DELETE is not served"))
      let head = try await client.execute(uri: "/series/gdp/mianyang", method: .head)
      #expect(head.status == .ok)
      #expect(head.body.readableBytes == 0)
    }
  }

  @Test func asOfReadsWhatWasPublishedByThen() async throws {
    try await withDashboard(try sampleStore()) { client in
      // Before the census revision of 2025, 2023's latest value was 4038.73.
      let csv = try await client.execute(uri: "/series/gdp/mianyang?format=csv&as_of=2024-06-30", method: .get).text
      #expect(csv.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("gdp,mianyang,2023,4038.73,") })
    }
  }
}

@Suite struct ReportPageTests {
  @Test func rendersTheTargetReportOfARegionLive() async throws {
    let store = try sampleStore()
    let targets = try store.targets(region: "mianyang").count
    try await withDashboard(store) { client in
      let response = try await client.execute(uri: "/report?region=mianyang", method: .get)
      #expect(response.status == .ok)
      #expect(response.text.contains("Progress toward plan targets"))
      #expect(response.text.contains("\(targets) targets"))
      #expect(response.text.contains("<svg"))
      #expect(response.text.contains("<nav>"))
      let unknown = try await client.execute(uri: "/report?region=atlantis", method: .get)
      #expect(unknown.status == .notFound)
    }
  }

  @Test func downloadsTheReportAsTheCommandsCSV() async throws {
    let store = try sampleStore()
    let english = try TargetReport.assess(store, region: "mianyang", asOf: nil).dataTable(language: .en).csv(chinese: false)
    let chinese = try TargetReport.assess(store, region: nil, asOf: nil).dataTable(language: .zh).csv(chinese: true)
    try await withDashboard(store) { client in
      let page = try await client.execute(uri: "/report?region=mianyang", method: .get).text
      #expect(page.contains("<a href=\"/report?format=csv&amp;region=mianyang\" download>Download CSV</a>"))
      let csv = try await client.execute(uri: "/report?format=csv&region=mianyang", method: .get)
      #expect(csv.status == .ok)
      #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
      #expect(csv.headers[.contentDisposition] == "attachment; filename=\"report-mianyang.csv\"")
      #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(csv.text == english)
      #expect(csv.text.split(separator: "\r\n").count == 1 + (try store.targets(region: "mianyang").count))
      let all = try await client.execute(uri: "/report?format=csv&lang=zh", method: .get)
      #expect(all.headers[.contentDisposition] == "attachment; filename=\"report-all.csv\"")
      #expect(all.text == chinese)
      let bad = try await client.execute(uri: "/report?format=xlsx", method: .get)
      #expect(bad.status == .badRequest)
      #expect(bad.text.contains("format &#39;xlsx&#39; is not csv"))
    }
  }

  @Test func speaksChineseWithLangZh() async throws {
    try await withDashboard(try sampleStore(), chinese: true) { client in
      let report = try await client.execute(uri: "/report", method: .get)
      #expect(report.text.contains("规划目标进展报告"))
      let list = try await client.execute(uri: "/", method: .get)
      #expect(list.text.contains("<th>最新值</th>"))
      let series = try await client.execute(uri: "/series/gdp/mianyang", method: .get)
      #expect(series.text.contains("<h1>地区生产总值 · 绵阳市 <small class=\"code\">gdp</small></h1>"))
      #expect(series.text.contains("单位：亿元"))
    }
  }
}
