import Foundation
import Testing

/// Every kind of bad input gets a message naming the file and line, a non-zero exit, and a
/// database that is byte-for-byte what it was.
@Suite(.serialized) struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// Text the message must contain (besides the file name).
    var expected: String
    /// `file:line` the message must name, when the mistake has a line.
    var line: Int?
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ expected: String, line: Int? = nil) {
      self.init(name, Array(text.utf8), expected, line: line)
    }

    init(_ name: String, _ bytes: [UInt8], _ expected: String, line: Int? = nil) {
      self.name = name
      self.bytes = bytes
      self.expected = expected
      self.line = line
    }
  }

  static let header = "indicator,region,period,value,unit\n"
  static let good = "gdp,mianyang,2021,3350.29,亿元\n"

  static let cases: [Case] = [
    Case("too many fields", header + good + "gdp,mianyang,2022,3626.94,亿元,extra\n", "expected 5 fields", line: 3),
    Case("too few fields", header + "gdp,mianyang,2022\n", "found 3", line: 2),
    Case("unquoted comma inside a value", header + "gdp,mianyang,2023,4,038.73,亿元\n", "unquoted comma", line: 2),
    Case("non-numeric value", header + good + "gdp,mianyang,2023,abc,亿元\n", "'abc' is not a number", line: 3),
    Case("decimal comma", header + "gdp,mianyang,2023,\"12,3\",亿元\n", "'12,3' is not a number", line: 2),
    Case("empty value", header + "gdp,mianyang,2023,,亿元\n", "empty", line: 2),
    Case("unknown unit", header + "gdp,mianyang,2023,100,亿日元\n", "unknown unit '亿日元'", line: 2),
    Case("incompatible unit", header + good + "gdp,mianyang,2023,8,%\n", "'%' cannot be converted to '亿元'", line: 3),
    Case("value and unit column disagree", header + "gdp,mianyang,2023,633亿元,万美元\n", "the value says '亿元'", line: 2),
    Case("quarter 5", header + "gdp,mianyang,2023Q5,100,亿元\n", "quarter 5 does not exist", line: 2),
    Case("month 13", header + "gdp,mianyang,2023年13月,100,亿元\n", "month 13 does not exist", line: 2),
    Case("half 3", header + "gdp,mianyang,2023H3,100,亿元\n", "half 3 does not exist", line: 2),
    Case("month 0", header + "gdp,mianyang,2023-00,100,亿元\n", "month 0 does not exist", line: 2),
    Case("cumulative not from January", header + "gdp,mianyang,2023年3-5月,100,亿元\n", "starts in January", line: 2),
    Case("three-digit year", header + "gdp,mianyang,202,100,亿元\n", "four-digit year", line: 2),
    Case("span ends before it starts", header + "gdp,mianyang,2025-2021,100,亿元\n", "must end after it starts", line: 2),
    Case("empty file", "", "the file is empty", line: 1),
    Case("header only", header, "header but no data rows", line: 1),
    Case("missing value column", "indicator,region,period,unit\ngdp,mianyang,2023,亿元\n", "missing required column 'value'", line: 1),
    Case("duplicate header column", "indicator,region,period,value,value\ngdp,mianyang,2023,1,2\n", "appears twice", line: 1),
    Case("disagreeing duplicates", "indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\ngdp,mianyang,2023,4096,bulletin,2024-04-17\n", "line 2 gives 4038.73", line: 3),
    Case("not UTF-8 nor GBK", Array(header.utf8) + [0x67, 0x64, 0x70, 0x2C, 0xFF, 0xFF, 0x2C, 0x32, 0x30, 0x32, 0x33, 0x2C, 0x31, 0x2C, 0x0A], "neither UTF-8 nor GBK", line: 2),
    Case("UTF-16", [0xFF, 0xFE, 0x69, 0x00, 0x0A, 0x00], "UTF-16", line: 1),
    Case("unterminated quote", header + "gdp,mianyang,2023,\"100,亿元\n", "never closed", line: 2),
    Case("text after closing quote", header + "gdp,mianyang,2023,\"100\"x,亿元\n", "after a closing quote", line: 2),
    Case("unknown qualifier", "indicator,region,period,value,qualifier\ngdp,mianyang,2023,100,maybe\n", "unknown qualifier 'maybe'", line: 2),
    Case("conflicting qualifier", "indicator,region,period,value,qualifier\ngdp,mianyang,2023,超100,below\n", "says 'at_least' but the qualifier column says 'below'", line: 2),
    Case("unknown status", "indicator,region,period,value,status\ngdp,mianyang,2023,100,final\n", "unknown status 'final'", line: 2),
    Case("bad published date", "indicator,region,period,value,published\ngdp,mianyang,2023,100,2024-13-01\n", "'2024-13-01' is not a date", line: 2),
    Case("new indicator without unit", "indicator,region,period,value\nport_throughput,mianyang,2023,100\n", "needs a unit", line: 2),
    Case("unknown Chinese indicator", header + "不存在的指标,mianyang,2023,100,亿元\n", "unknown indicator '不存在的指标'", line: 2),
    Case("unknown Chinese region", header + "gdp,火星,2023,100,亿元\n", "no region called '火星'", line: 2),
    Case("empty indicator", header + ",mianyang,2023,100,亿元\n", "the indicator is empty", line: 2),
    Case("target row", "indicator,region,period,value,kind\ngdp,mianyang,2027,6000,target\n", "plan target", line: 2),
    Case("unknown kind", "indicator,region,period,value,kind\ngdp,mianyang,2027,6000,forecast\n", "kind 'forecast'", line: 2),
    Case("wide layout bad cell", "indicator,region,unit,2022,2023\ngdp,mianyang,亿元,3626.94,n/a\n", "'n/a' is not a number", line: 2),
    Case("error after many good rows", header + String(repeating: good, count: 50) + "gdp,mianyang,2023Q9,1,亿元\n", "quarter 9", line: 52),
  ]

  /// A database with the sample data, made once and copied for each case.
  static let template: URL = {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("template.sqlite")
    let result = try! CLIRunner.run(["init", "--db", db.path])
    precondition(result.status == 0, "init failed: \(result.stderr)")
    return db
  }()

  @Test(arguments: cases)
  func refusedWithPlaceAndDatabaseUnchanged(_ c: Case) throws {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("db.sqlite")
    try FileManager.default.copyItem(at: Self.template, to: db)
    let before = try Data(contentsOf: db)
    let input = directory.appendingPathComponent("bad.csv")
    try Data(c.bytes).write(to: input)

    let result = try CLIRunner.run(["import", input.path, "--db", db.path])
    #expect(result.status == 1, "exit status")
    #expect(result.stderr.contains("indicators: error: "), "\(result.stderr)")
    #expect(result.stderr.contains(c.expected), "\(result.stderr)")
    if let line = c.line {
      #expect(result.stderr.contains("bad.csv:\(line)"), "names line \(line): \(result.stderr)")
    }
    #expect(result.stdout.isEmpty)
    #expect(try Data(contentsOf: db) == before, "database changed")
    let wal = db.path + "-wal"
    let walSize = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
    #expect(walSize == 0, "a write-ahead log was left with \(walSize) bytes")
  }

  @Test func missingFile() throws {
    let result = try CLIRunner.run(["import", "/nonexistent/data.csv", "--db", Self.template.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/data.csv: no such file"))
  }

  @Test func databaseThatIsNotSQLite() throws {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("notes.sqlite")
    try Data("these are my notes\n".utf8).write(to: db)
    let input = directory.appendingPathComponent("ok.csv")
    try Data((Self.header + Self.good).utf8).write(to: input)
    let result = try CLIRunner.run(["import", input.path, "--db", db.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("is not an SQLite database"))
    #expect(try String(contentsOf: db, encoding: .utf8) == "these are my notes\n")
  }

  @Test func databaseFromANewerVersion() throws {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("db.sqlite")
    try FileManager.default.copyItem(at: Self.template, to: db)
    _ = try CLIRunner.sqlite(db.path, ["INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"])
    let before = try Data(contentsOf: db)
    let result = try CLIRunner.run(["list", "--db", db.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("newer version of indicators"))
    #expect(result.stderr.contains("v99-from-the-future"))
    #expect(try Data(contentsOf: db) == before)
  }

  @Test func missingDatabaseSaysHowToCreateIt() throws {
    let result = try CLIRunner.run(["list", "--db", CLIRunner.scratch().appendingPathComponent("none.sqlite").path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("indicators init"))
  }

  @Test func usageErrorsExit64() throws {
    let result = try CLIRunner.run(["show", "gdp", "--format", "pdf", "--db", Self.template.path])
    #expect(result.status == 64)
  }

  @Test func corpusIsLargeEnough() {
    #expect(Self.cases.count >= 30)
  }
}
