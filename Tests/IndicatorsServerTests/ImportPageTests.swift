import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsServer
import IndicatorsStore
import Testing

@Suite struct ImportPageTests {
  static let csv = "indicator,region,period,value,unit,source,published\ngdp,mianyang,2031,9999.5,亿元,web test,2031-02-01\n"

  func count(_ store: IndicatorStore) throws -> Int {
    try store.observations(ObservationQuery(allVintages: true)).count
  }

  /// The hidden field a dry-run page carries the file in, as the browser posts it back.
  func confirmBody(_ html: String) throws -> String {
    func hidden(_ name: String) throws -> String {
      let marker = "name=\"\(name)\" value=\""
      let start = try #require(html.range(of: marker)).upperBound
      return String(html[start...].prefix { $0 != "\"" })
    }
    func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
    return "name=\(encode(try hidden("name")))&content=\(encode(try hidden("content")))&skip_targets=\(try hidden("skip_targets"))&confirm=1"
  }

  @Test func readOnlyByDefault() async throws {
    let store = try sampleStore()
    let before = try count(store)
    try await withDashboard(store) { client in
      let form = try await client.execute(uri: "/import", method: .get)
      #expect(form.status == .forbidden)
      #expect(form.text.contains("--allow-import"))
      let post = try await client.execute(uri: "/import?confirm=1", method: .post, body: ByteBuffer(string: Self.csv))
      #expect(post.status == .forbidden)
    }
    #expect(try count(store) == before)
  }

  @Test func checksThenImportsOnConfirmAndNeverOverwritesAVintage() async throws {
    let store = try sampleStore()
    let before = try count(store)
    try await withDashboard(store, allowImport: true) { client in
      let form = try await client.execute(uri: "/import", method: .get)
      #expect(form.text.contains("type=\"file\" name=\"file\""))
      // A browser's multipart upload: checked, nothing written.
      let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
      let multipart = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + Self.csv + "\r\n--\(boundary)--\r\n"
      let checked = try await client.execute(
        uri: "/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(string: multipart))
      #expect(checked.status == .ok)
      #expect(checked.text.contains("figures.csv: 1 values in long layout are well-formed and match the catalogue (dry run: nothing written)"))
      #expect(try count(store) == before)
      // Confirmed: imported through the same workflow as `indicators import`.
      let body = try confirmBody(checked.text)
      let imported = try await client.execute(
        uri: "/import", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
      #expect(imported.status == .ok)
      #expect(imported.text.contains("figures.csv: 1 added, 0 new vintages, 0 unchanged"))
      #expect(try count(store) == before + 1)
      // The same file again changes nothing; a changed value adds a vintage beside the old one.
      let again = try await client.execute(
        uri: "/import", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
      #expect(again.text.contains("0 added, 0 new vintages, 1 unchanged"))
      let revised = Self.csv.replacingOccurrences(of: "9999.5", with: "10001").replacingOccurrences(of: "2031-02-01", with: "2031-03-01")
      let raw = try await client.execute(uri: "/import?name=revised.csv&confirm=1", method: .post, headers: [.contentType: "text/csv"], body: ByteBuffer(string: revised))
      #expect(raw.text.contains("revised.csv: 0 added, 1 new vintages, 0 unchanged"))
    }
    let versions = try store.history(indicator: "gdp", region: "mianyang", period: .year(2031)).map(\.value)
    #expect(versions == [9999.5, 10001])
  }

  @Test func aBadFileIsRefusedWithItsLineAndTheStoreIsUnchanged() async throws {
    let store = try sampleStore()
    let before = try count(store)
    let bad = Self.csv + "gdp,mianyang,2032,12<b>3,亿元,web test,2032-02-01\n"
    try await withDashboard(store, allowImport: true) { client in
      for uri in ["/import?name=bad.csv", "/import?name=bad.csv&confirm=1"] {
        let response = try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: bad))
        #expect(response.status == .badRequest)
        #expect(response.text.contains("bad.csv:3"))
        #expect(response.text.contains("12&lt;b&gt;3"))
        #expect(!response.text.contains("12<b>3"))
      }
    }
    #expect(try count(store) == before)
  }

  @Test func anUploadTooLargeIsRefusedWithAPage() async throws {
    let store = try sampleStore()
    let before = try count(store)
    try await withDashboard(store, allowImport: true, maxUploadBytes: 100) { client in
      let response = try await client.execute(uri: "/import?confirm=1", method: .post, body: ByteBuffer(string: Self.csv + String(repeating: "#", count: 100)))
      #expect(response.status == .contentTooLarge)
      #expect(response.text.contains("larger than 100 bytes"))
    }
    #expect(try count(store) == before)
  }

  @Test func refusesAnUploadFromAnotherSite() async throws {
    let store = try sampleStore()
    let before = try count(store)
    try await withDashboard(store, allowImport: true) { client in
      let response = try await client.execute(
        uri: "/import?confirm=1", method: .post, headers: [.origin: "http://evil.example"],
        body: ByteBuffer(string: Self.csv))
      #expect(response.status == .forbidden)
      #expect(response.text.contains("http://evil.example was refused"))
    }
    #expect(try count(store) == before)
  }
}
