import Foundation
import IndicatorsCSV
import IndicatorsCore
import Testing

@Suite struct CSVReaderTests {
  @Test func quotesCommasAndDoubledQuotes() throws {
    let records = try CSVReader.records("a,\"b,c\",\"say \"\"hi\"\"\"\n1,2,3\n", file: "t.csv")
    #expect(records.map(\.fields) == [["a", "b,c", "say \"hi\""], ["1", "2", "3"]])
  }

  @Test func crlfAndLineNumbers() throws {
    let records = try CSVReader.records("h1,h2\r\n1,2\r\n\r\n3,\"multi\r\nline\"\r\n4,5", file: "t.csv")
    #expect(records.map(\.line) == [1, 2, 4, 6])
    #expect(records[2].fields[1] == "multi\r\nline")
  }

  @Test func loneCarriageReturnsEndRecords() throws {
    let records = try CSVReader.records("a,b\r1,2\r\r3,4", file: "t.csv")
    #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(records.map(\.line) == [1, 2, 4])
  }

  /// A file read in chunks gives what the same bytes in memory give, also where a chunk ends
  /// inside a Chinese character or a quoted field.
  @Test func aFileReadInChunksReadsLikeMemory() throws {
    var text = "\u{FEFF}指标,地区,时期,数值,单位,备注\n"
    var line = 0
    while text.utf8.count < 3 * (1 << 20) + 7 {
      line += 1
      text += "地区生产总值,绵阳市,\(1800 + line % 400),\(line).25,亿元,\"第\(line)行，含\"\"引号\"\"\"\n"
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var streamed = try ObservationReader(path: path, file: "f.csv")
    #expect(streamed.encoding == .utf8WithBOM)
    let whole = try ObservationFile.parse(bytes: Array(text.utf8), file: "f.csv").observations
    var read: [ObservationInput] = []
    while let observation = try streamed.next() { read.append(observation) }
    #expect(read == whole)
    #expect(read.count == line)
  }

  /// Random records written as RFC 4180 says (a field with a comma, quote or line break quoted,
  /// its quotes doubled; CRLF, LF or CR line ends) read back field for field, whether the
  /// reader takes a field in one piece or byte by byte.
  @Test func randomRecordsReadBackAsWritten() throws {
    var random = SplitMix64(seed: 20_261_127)
    let pieces = ["a", "12.5", "绵阳", " ", ",", "\"", "\r\n", "\n", "\r", "-", "'=1", "亿元"]
    let ends = ["\r\n", "\n", "\r"]
    for _ in 0..<300 {
      let records = (0..<Int.random(in: 1...6, using: &random)).map { _ in
        (0..<Int.random(in: 2...5, using: &random)).map { _ in
          (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
      }
      // A record of one empty or blank field is a blank line, which the reader skips.
      let expected = records.filter { !($0.count == 1 && $0[0].trimmingWhitespace().isEmpty) }
      let text = records.map { fields in
        fields.map { field in
          field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
      }.map { $0 + ends.randomElement(using: &random)! }.joined()
      #expect(try CSVReader.records(text, file: "t.csv").map(\.fields) == expected, "\(text.debugDescription)")
    }
  }

  @Test func unterminatedQuoteNamesTheLineItOpened() {
    #expect(throws: InputError.self) { try CSVReader.records("a,b\n1,\"open\n2,3\n", file: "t.csv") }
    do { _ = try CSVReader.records("a,b\n1,\"open\n2,3\n", file: "t.csv") } catch {
      #expect(error.location.line == 2)
    }
  }

  @Test func byteOrderMarkIsRemoved() throws {
    let (text, encoding) = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("指标,地区\n".utf8), file: "t.csv")
    #expect(text == "指标,地区\n")
    #expect(encoding == .utf8WithBOM)
  }

  /// "地区生产总值" in GBK bytes is read correctly.
  @Test func gbkIsDetectedAndConverted() throws {
    let gbk: [UInt8] = [0xB5, 0xD8, 0xC7, 0xF8, 0xC9, 0xFA, 0xB2, 0xFA, 0xD7, 0xDC, 0xD6, 0xB5]
    let (text, encoding) = try TextDecoding.decode(gbk, file: "t.csv")
    #expect(text == "地区生产总值")
    #expect(encoding == .gb18030)
  }

  @Test func writerQuotesOnlyWhatNeedsIt() {
    let csv = CSVWriter(byteOrderMark: false).write(header: ["a", "b"], rows: [["x,y", "plain"], ["q\"q", "绵阳"]])
    #expect(csv == "a,b\r\n\"x,y\",plain\r\n\"q\"\"q\",绵阳\r\n")
    #expect(CSVWriter(byteOrderMark: true).write(header: ["a"], rows: []).hasPrefix("\u{FEFF}"))
    // A CRLF inside a field is one Character to Swift; it is quoted all the same.
    #expect(CSVWriter.line(["a\r\nb", " x"]) == "\"a\r\nb\",\" x\"\r\n")
  }
}

@Suite struct ObservationFileTests {
  func parse(_ text: String) throws -> ObservationFile {
    try ObservationFile.parse(bytes: Array(text.utf8), file: "f.csv")
  }

  @Test func longLayoutWithChineseHeaders() throws {
    let file = try parse("指标,地区,时期,数值,单位\ngdp,绵阳市,2023年,4038.73,亿元\ngdp,mianyang,2024,超4300,亿元\n")
    #expect(file.layout == .long)
    #expect(file.observations.count == 2)
    #expect(file.observations[1].qualifier == .atLeast)
    #expect(file.observations[1].location.line == 3)
  }

  @Test func wideLayoutSkipsEmptyCells() throws {
    let file = try parse("indicator,region,unit,2021,2022年,2023\ngdp,mianyang,亿元,3350.29,,4038.73\n")
    #expect(file.layout == .wide)
    #expect(file.observations.map(\.period.canonical) == ["2021", "2023"])
    #expect(file.observations[1].location.column == 6)
  }

  @Test func targetRowsAreRefusedOrSkipped() throws {
    let text = "indicator,region,period,value,kind\ngdp,mianyang,2027,6000,target\ngdp,mianyang,2023,4000,actual\n"
    #expect(throws: InputError.self) { try parse(text) }
    let skipped = try ObservationFile.parse(bytes: Array(text.utf8), file: "f.csv", targetRows: .skip)
    #expect(skipped.skippedTargetRows == 1 && skipped.observations.count == 1)
  }

  @Test func preliminaryLocatorMarksProvisional() throws {
    let file = try parse("indicator,region,period,value,locator\ngdp,mianyang,2013,1455.12,预计全年实现\n")
    #expect(file.observations[0].status == .provisional)
  }
}
