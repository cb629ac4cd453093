import Foundation
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct ImportWorkflowTests {
  func write(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func gbkFileIsConvertedWithAWarning() throws {
    let store = try IndicatorStore.inMemory()
    try SampleDataLoader.load(into: store, catalogueOnly: true) { _ in }
    // 指标,地区,时期,数值 / gdp,绵阳市,2023,4038.73 in GBK.
    let gbk: [UInt8] = [0xD6, 0xB8, 0xB1, 0xEA, 0x2C, 0xB5, 0xD8, 0xC7, 0xF8, 0x2C, 0xCA, 0xB1, 0xC6, 0xDA, 0x2C, 0xCA, 0xFD, 0xD6, 0xB5, 0x0A]
      + Array("gdp,".utf8) + [0xC3, 0xE0, 0xD1, 0xF4, 0xCA, 0xD0] + Array(",2023,4038.73\n".utf8)
    let path = try write(gbk)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let parsed = try ImportWorkflow.parse([path], skipTargets: false)
    #expect(ImportWorkflow.notices(path, parsed[0].content) == [.warning("\(path) is GB18030/GBK, not UTF-8; it was converted")])
    #expect(try ImportWorkflow.load(path, parsed[0].content, into: store).contains(": 1 added"))
    let shown = try SeriesTables.show(store, SeriesSelector(indicator: "gdp", region: "mianyang"), asOf: nil, allVintages: false)
    #expect(shown.table.rows.first?[1] == .number(4038.73))
  }

  @Test func aMissingFileStopsBeforeAnythingIsRead() {
    #expect(throws: WorkflowError("/nonexistent/x.csv: no such file, or it cannot be read")) {
      try ImportWorkflow.parse(["/nonexistent/x.csv"], skipTargets: false)
    }
  }
}
