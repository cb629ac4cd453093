import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsServer
import IndicatorsWorkflows
import Testing

/// The page language per request (issue 26): `?lang=`, else `Accept-Language`, else the server's.
@Suite struct LanguageTests {
  @Test(arguments: [
    // (query, Accept-Language, server default Chinese) → Chinese
    ("lang=zh", nil, false, true), ("lang=en", nil, true, false), ("lang=EN", "zh-CN", true, false),
    ("lang=fr", nil, true, true), (nil, "zh-CN,zh;q=0.9,en;q=0.8", false, true),
    (nil, "en-US,en;q=0.9,zh-CN;q=0.8", true, false), (nil, "en-US;q=0.5, zh-TW;q=0.9", false, true),
    (nil, "zh;q=0, en", true, false), (nil, "fr-FR, de;q=0.8", true, true), (nil, "fr-FR, de;q=0.8", false, false),
    (nil, "*", true, true), ("q=gdp&lang=zh", "en", false, true), (nil, nil, true, true), (nil, nil, false, false),
  ] as [(String?, String?, Bool, Bool)])
  func theLanguageIsTheQuerysElseTheHeadersElseTheServers(query: String?, header: String?, defaultChinese: Bool, chinese: Bool) {
    let reader = Reader(query: query, acceptLanguage: header, defaultChinese: defaultChinese)
    #expect(reader.chinese == chinese)
    #expect(reader.chosenInQuery == (query?.lowercased().contains("lang=zh") == true || query?.lowercased().contains("lang=en") == true))
  }

  @Test func theSwitchLeadsToTheSamePageAndQueryInTheOtherLanguage() {
    let reader = Reader(query: "region=mianyang&lang=zh&as_of=2024-06-30", acceptLanguage: nil, defaultChinese: false, path: "/report")
    #expect(reader.otherLanguageAddress == "/report?region=mianyang&as_of=2024-06-30&lang=en")
    #expect(Reader(query: nil, acceptLanguage: "zh", defaultChinese: false, path: "/").otherLanguageAddress == "/?lang=en")
  }

  /// The `lang` attribute, the navigation's words and the switch of a page asked for in each way.
  @Test func everyWayOfChoosingGivesItsLanguage() async throws {
    try await withDashboard(try sampleStore(), chinese: false) { client in
      let byQuery = try await client.execute(uri: "/?lang=zh", method: .get).text
      #expect(byQuery.contains("<html lang=\"zh-CN\">"))
      #expect(byQuery.contains("目标报告"))
      #expect(byQuery.contains("href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"))
      // Links within the page keep the language the query chose, and so does the search form.
      #expect(byQuery.contains("href=\"/series/gdp/mianyang?lang=zh\""))
      #expect(byQuery.contains("href=\"/report?lang=zh\""))
      #expect(byQuery.contains("<input type=\"hidden\" name=\"lang\" value=\"zh\">"))

      let byHeader = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8"]).text
      #expect(byHeader.contains("<html lang=\"zh-CN\">"))
      #expect(byHeader.contains("<th>最新值</th>"))
      #expect(byHeader.contains("href=\"/?lang=en\""))
      #expect(byHeader.contains("href=\"/series/gdp/mianyang\""))  // the header goes with every request: no need to carry it

      let byDefault = try await client.execute(uri: "/", method: .get).text
      #expect(byDefault.contains("<html lang=\"en\">"))
      #expect(byDefault.contains("Target report"))
      #expect(byDefault.contains("href=\"/?lang=zh\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"))

      let queryOverHeader = try await client.execute(uri: "/?lang=en", method: .get, headers: [.acceptLanguage: "zh-CN"]).text
      #expect(queryOverHeader.contains("<html lang=\"en\">"))
    }
    try await withDashboard(try sampleStore(), chinese: true) { client in
      let byDefault = try await client.execute(uri: "/", method: .get).text
      #expect(byDefault.contains("<html lang=\"zh-CN\">"))
      let byHeader = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-GB"]).text
      #expect(byHeader.contains("<html lang=\"en\">"))
    }
  }

  /// Each kind of page, in each language: its attribute, its words and its switch to the same address.
  @Test(arguments: ["zh", "en"])
  func everyKindOfPageHasItsAttributeAndSwitch(lang: String) async throws {
    let chinese = lang == "zh"
    let pages: [(path: String, query: String, words: (String, String))] = [
      ("/", "q=gdp", ("指标序列", "Series")),
      ("/series/gdp/mianyang", "as_of=2024-06-30", ("预测", "Forecast")),
      ("/report", "region=mianyang", ("规划目标进展报告", "Progress toward plan targets")),
      ("/compare", "indicator=gdp&regions=mianyang,chengdu", ("地区对比", "Regions side by side")),
      ("/import", "", ("导入 CSV", "Import a CSV file")),
      ("/log", "", ("审计日志", "Audit log")),
      ("/login", "", ("令牌", "Token")),
      ("/no/such/page", "", ("找不到页面", "Not found")),
    ]
    try await withDashboard(try sampleStore(), allowImport: true, role: .admin, chinese: !chinese) { client in
      for page in pages {
        let uri = page.path + "?" + (page.query.isEmpty ? "" : page.query + "&") + "lang=\(lang)"
        let html = try await client.execute(uri: uri, method: .get).text
        #expect(html.contains("<html lang=\"\(chinese ? "zh-CN" : "en")\">"), "\(uri)")
        #expect(html.contains(chinese ? page.words.0 : page.words.1), "\(uri)")
        let query = page.query.replacingOccurrences(of: "&", with: "&amp;")
        let other = page.path + "?" + (query.isEmpty ? "" : query + "&amp;") + "lang=\(chinese ? "en" : "zh")"
        #expect(html.contains("href=\"\(other)\""), "\(uri) has no switch to \(other)")
        #expect(html.components(separatedBy: "class=\"lang\"").count == 2, "\(uri): one switch")
      }
    }
  }

  /// Forms keep a language `?lang=` chose, and signing in leads to the list in it.
  @Test func formsAndTheSignInKeepTheLanguage() async throws {
    let store = try sampleStore()
    let token = try UserWorkflow.add("li.na", role: .viewer, to: store).token
    try await withDashboard(store, role: nil) { client in
      let login = try await client.execute(uri: "/login?lang=zh", method: .get).text
      #expect(login.contains("action=\"/login?lang=zh\""))
      let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
      let signedIn = try await client.execute(uri: "/login?lang=zh", method: .post, headers: form, body: ByteBuffer(string: "token=\(token)"))
      #expect(signedIn.status == .seeOther)
      #expect(signedIn.headers[.location] == "/?lang=zh")
      let plain = try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=\(token)"))
      #expect(plain.headers[.location] == "/")
      let refused = try await client.execute(uri: "/login?lang=zh", method: .post, headers: form, body: ByteBuffer(string: "token=nope"))
      #expect(refused.status == .unauthorized)
      #expect(refused.text.contains("<html lang=\"zh-CN\">"))
    }
  }

  @Test func theSwitchEscapesWhatTheRequestSent() async throws {
    try await withDashboard(try sampleStore()) { client in
      let html = try await client.execute(uri: "/?q=%22%3E%3Cscript%3E&x=\"><i>", method: .get).text
      #expect(!html.contains("<script>"))
      #expect(!html.contains("\"><i>"))
      #expect(html.contains("x=&quot;&gt;&lt;i&gt;&amp;lang=zh"))
    }
  }
}
