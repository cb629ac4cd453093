import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct ExportTablesTests {
  let store: IndicatorStore
  init() throws { store = try sampleStore() }

  func csv(_ table: Table, chinese: Bool = false) -> String {
    CSVWriter(byteOrderMark: true).write(header: table.headers(chinese: chinese), rows: table.rows.map { $0.map(\.exact) })
  }

  func reimport(_ text: String) throws -> (IndicatorStore, String) {
    let other = try IndicatorStore.inMemory()
    try SampleDataLoader.load(into: other, catalogueOnly: true) { _ in }
    let file = try ObservationFile.parse(bytes: Array(text.utf8), file: "export.csv")
    return (other, try ImportWorkflow.load("export.csv", file, into: other))
  }

  @Test func longExportImportsBackExactly() throws {
    let all = try ExportTables.observations(store, indicators: [], regions: [], asOf: nil, allVintages: true)
    let first = csv(ExportTables.long(all))
    #expect(first.hasPrefix("\u{FEFF}indicator,region,period,value,unit,"))
    let (other, summary) = try reimport(first)
    #expect(summary.contains(" new vintages, 0 unchanged"), "\(summary)")
    let again = try ExportTables.observations(other, indicators: [], regions: [], asOf: nil, allVintages: true)
    #expect(csv(ExportTables.long(again)) == first)
    // Importing the export into the store it came from changes nothing.
    let same = try ObservationFile.parse(bytes: Array(first.utf8), file: "export.csv")
    #expect(try ImportWorkflow.load("export.csv", same, into: store).contains(" 0 added, 0 new vintages, \(all.count) unchanged"))
  }

  @Test func wideExportHasOneColumnPerPeriodAndReimports() throws {
    let gdp = try ExportTables.observations(store, indicators: ["gdp"], regions: ["mianyang"], asOf: nil, allVintages: false)
    let wide = csv(ExportTables.wide(gdp), chinese: true)
    #expect(wide.hasPrefix("\u{FEFF}指标,地区,单位,2006,2009,2010Q1,2011,"))
    #expect(wide.contains("约4096"))
    let (_, summary) = try reimport(wide)
    #expect(summary.contains("22 added"), "\(summary)")
  }

  @Test func streamedCSVIsTheLongTable() throws {
    let query = try ExportTables.query(store, indicators: [], regions: [], asOf: nil, allVintages: true)
    var pieces: [String] = []
    let rows = try ExportTables.streamLongCSV(store, query, chineseHeaders: false, byteOrderMark: true) { pieces.append(String(decoding: $0, as: UTF8.self)) }
    let all = try store.observations(query)
    #expect(rows == all.count)
    #expect(pieces.joined() == csv(ExportTables.long(all)))
  }

  /// The streamed export reads the stored text instead of decoded observations: it must write
  /// the same bytes for every kind of read and for fields that need quotes or neutralizing.
  @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
  func streamedCSVWritesWhatTheTableWrites(allVintages: Bool, asOf: Bool) throws {
    let tricky = #"""
      indicator,region,period,value,unit,source,published,locator,note
      gdp,mianyang,2030,1.5,亿元,"Report, 2030",2031-01-02,"said ""1.5""",=SUM(A1)
      gdp,mianyang,2030,1.75,亿元,Revised,2032-05-01,"two
      lines",-5
      gdp,mianyang,2031Q2,-2,亿元,,,@here,+3 points
      gdp,mianyang,2032,1e-7,亿元,'=quoted,2031-01-02,plain,'-already
      """#
    let file = try ObservationFile.parse(bytes: Array(tricky.utf8), file: "tricky.csv")
    _ = try ImportWorkflow.load("tricky.csv", file, into: store)
    let query = try ExportTables.query(
      store, indicators: ["gdp"], regions: [], asOf: asOf ? CalendarDate(parsing: "2031-12-31") : nil, allVintages: allVintages)
    for chinese in [false, true] {
      var pieces: [String] = []
      _ = try ExportTables.streamLongCSV(store, query, chineseHeaders: chinese, byteOrderMark: true) { pieces.append(String(decoding: $0, as: UTF8.self)) }
      let expected = csv(ExportTables.long(try store.observations(query)), chinese: chinese)
      #expect(pieces.joined() == expected)
      if allVintages && !asOf {
        #expect(expected.contains("\"said \"\"1.5\"\"\"") && expected.contains("'=SUM(A1)") && expected.contains(",-5"))
      }
    }
  }

  /// The text read in place from SQLite and the text of a decoded observation (what another
  /// backend hands the export) agree field by field.
  @Test func storedTextIsTheDecodedObservationsText() throws {
    let query = try ExportTables.query(store, indicators: [], regions: [], asOf: nil, allVintages: true)
    func fields(_ o: ObservationText) -> [String] {
      ObservationText.Field.allCases.map { field in
        field == .value ? ValueFormatting.shortest(o.value) : o.withBytes(field) { String(decoding: $0, as: UTF8.self) }
      }
    }
    var stored: [[String]] = []
    try store.forEachObservationText(query) { stored.append(fields($0)) }
    let decoded = try store.observations(query).map { fields(ObservationText($0)) }
    #expect(stored.count > 300)
    #expect(stored == decoded)
  }

  @Test func anIndicatorWithoutARegionIsExportedForEveryRegion() throws {
    let gdp = try ExportTables.observations(store, indicators: ["gdp"], regions: [], asOf: nil, allVintages: false)
    #expect(Set(gdp.map(\.region)).count >= 4)
    #expect(gdp.allSatisfy { $0.indicator == "gdp" })
  }

  @Test func unknownRegionIsAnError() {
    #expect(throws: StoreError.self) {
      try ExportTables.observations(store, indicators: [], regions: ["atlantis"], asOf: nil, allVintages: false)
    }
  }
}
