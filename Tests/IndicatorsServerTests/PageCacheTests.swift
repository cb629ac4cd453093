import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsCore
import IndicatorsServer
import IndicatorsStore
import IndicatorsWorkflows
import Testing

/// The series page and the target report are built once per state of the store, and built
/// again after any write, even one by another process (a second connection to the file).
@Suite struct PageCacheTests {
  @Test func aWriteByAnotherProcessRebuildsTheSeriesPageAndTheReport() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("served.sqlite").path
    let served = try IndicatorStore(path: path, create: true)
    try SampleDataLoader.load(into: served) { _ in }
    let dashboard = Dashboard(store: served, allowImport: false, publicRead: true, chinese: false)
    let (series, reports) = (dashboard.seriesPages, dashboard.reportPages)
    let app = Application(router: dashboard.router())
    try await app.test(.router) { client in
      let page = try await client.execute(uri: "/series/gdp/mianyang", method: .get).text
      let report = try await client.execute(uri: "/report?region=mianyang", method: .get).text
      #expect(try await client.execute(uri: "/series/gdp/mianyang", method: .get).text == page)
      #expect(try await client.execute(uri: "/report?region=mianyang", method: .get).text == report)
      #expect(series.builds == 1 && series.hits == 1)
      #expect(reports.builds == 1 && reports.hits == 1)
      // Another language is another page.
      _ = try await client.execute(uri: "/series/gdp/mianyang?lang=zh", method: .get)
      #expect(series.builds == 2)
      #expect(!page.contains("4321.5"))

      // Another process revises a value of the series.
      let other = try IndicatorStore(path: path, create: false)
      let file = folder.appendingPathComponent("revision.csv").path
      try "indicator,region,period,value,source,published\ngdp,mianyang,2023,4321.5,revision,2026-03-01\n"
        .write(toFile: file, atomically: true, encoding: .utf8)
      let (name, content) = try ImportWorkflow.parse([file], skipTargets: false)[0]
      _ = try ImportWorkflow.load(name, content, into: other)

      let revised = try await client.execute(uri: "/series/gdp/mianyang", method: .get).text
      #expect(revised.contains("4321.5"))
      #expect(series.builds == 3)
      let reassessed = try await client.execute(uri: "/report?region=mianyang", method: .get).text
      #expect(reports.builds == 2)
      #expect(reassessed != report)

      // A write that is not an import (a target removed) is seen too.
      let target = try #require(try other.targets(region: "mianyang").first?.id)
      #expect(try other.removeTarget(id: target))
      let fewer = try await client.execute(uri: "/report?region=mianyang", method: .get).text
      #expect(reports.builds == 3)
      #expect(fewer != reassessed)
    }
  }
}
