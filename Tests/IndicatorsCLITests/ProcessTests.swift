import Foundation
import Testing

/// What only a process can show: the tour through the binary, a kill part-way, two at once.
/// Everything a command computes is tested on in-memory stores in IndicatorsWorkflowsTests.
@Suite(.serialized) struct ProcessTests: ScratchDatabaseSuite {
  let directory = CLIRunner.scratch()

  /// What only the binary shows: a tour of init, --db, stdout/stderr, exit codes and --out.
  @Test func tourThroughTheBinary() throws {
    let created = try run(["init"])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.isEmpty)  // messages go to stderr
    #expect(created.stderr.contains("seed_figures.csv: 56 added, 20 new vintages"))

    let show = try run(["show", "gdp", "--region", "绵阳市", "--format", "csv", "--no-bom"])
    #expect(show.status == 0)
    #expect(show.stdout.hasPrefix("period,value,"))
    #expect(show.stderr.hasPrefix("gdp GDP · Mianyang · 亿元"))  // LANG=C: English names

    let report = try run(["report", "--region", "绵阳市", "--format", "csv", "--no-bom"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("2027 GDP ≥ 6000"))
    #expect(!report.stdout.contains("\u{1B}["))  // no colour when stdout is not a terminal

    let page = directory.appendingPathComponent("report.html")
    let html = try run(["report", "--format", "html", "--out", page.path])
    #expect(html.status == 0 && html.stdout.isEmpty)
    #expect(html.stderr.contains("report.html: "))
    #expect(try String(contentsOf: page, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))

    let added = try run(["target", "add", "gdp", "--region", "chengdu", "--base", "2020", "--double-in", "5"])
    #expect(added.status == 0, "\(added.stderr)")
    let id = try #require(added.stderr.split(separator: " ").dropFirst().first?.dropLast())
    #expect(try run(["target", "rm", String(id)]).status == 0)
    #expect(try run(["target", "rm", String(id)]).status == 1)
    #expect(try run(["target", "add", "gdp", "--region", "chengdu", "--double-in", "5"]).status == 64)
    let unknown = try run(["report", "--region", "atlantis"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("indicators: error: no region called 'atlantis'"))
  }

  /// An import killed part-way leaves a sound database with none of that file in it.
  @Test func sigkillDuringImportLeavesNoTrace() throws {
    _ = try run(["init", "--empty"])
    var text = "indicator,region,period,value,unit\n"
    for region in (1...15).map({ "r\($0)" }) {
      for year in 1800...2200 { for month in 1...12 { text += "load_test,\(region),\(year)-\(month),\(year + month),个\n" } }
    }
    let file = directory.appendingPathComponent("big.csv")
    try Data(text.utf8).write(to: file)
    let process = try CLIRunner.start(["import", file.path, "--db", db])
    // Wait until the transaction has started writing (the WAL grows), then kill.
    let wal = db + "-wal"
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      if size > 256 * 1024 || !process.isRunning { break }
      usleep(2000)
    }
    #expect(process.isRunning, "the import finished before it could be killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    #expect(try CLIRunner.sqlite(db, ["PRAGMA integrity_check", "SELECT count(*) FROM observation"]) == "ok 0\n")
  }

  /// Importing a file again writes nothing: no batch, the database file byte-for-byte the same.
  @Test func reimportLeavesTheFileByteIdentical() throws {
    _ = try run(["init"])
    var text = "indicator,region,period,value,unit,source,published\n"
    for year in 1800...2199 { text += "reimport_test,mianyang,\(year),\(year).5,个,bench,2024-01-02\n" }
    let file = directory.appendingPathComponent("again.csv")
    try Data(text.utf8).write(to: file)
    let first = try run(["import", file.path])
    #expect(first.status == 0 && first.stderr.contains("400 added"), "\(first.stderr)")
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let again = try run(["import", file.path])
    #expect(again.status == 0 && again.stderr.contains("0 added, 0 new vintages, 400 unchanged"), "\(again.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "database changed")
    #expect(try CLIRunner.sqlite(db, ["SELECT count(*) FROM importBatch WHERE file = '\(file.path)'"]) == "1\n")
  }

  /// Two imports started at the same moment both succeed: the second waits for the first.
  @Test func concurrentImportsBothLand() throws {
    _ = try run(["init", "--empty"])
    var files: [URL] = []
    for name in ["a", "b"] {
      var text = "indicator,region,period,value,unit\n"
      for year in 1800...2200 { text += "concurrent_\(name),mianyang,\(year),\(year),个\n" }
      let file = directory.appendingPathComponent("\(name).csv")
      try Data(text.utf8).write(to: file)
      files.append(file)
    }
    let processes = try files.map { try CLIRunner.start(["import", $0.path, "--db", db]) }
    for p in processes { p.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let list = try run(["list", "--format", "csv", "--no-bom"])
    #expect(list.stdout.contains("concurrent_a,concurrent_a,mianyang,个,1800,2200,401,2200"))
    #expect(list.stdout.contains("concurrent_b,concurrent_b,mianyang,个,1800,2200,401,2200"))
  }
}
