import Foundation
import Testing

/// The tour of the README, run against the built binary.
@Suite(.serialized) struct WorkflowTests {
  let directory = CLIRunner.scratch()
  var db: String { directory.appendingPathComponent("db.sqlite").path }

  func run(_ arguments: [String]) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments + ["--db", db])
  }

  @Test func initListShowHistory() throws {
    let created = try run(["init"])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stderr.contains("seed_figures.csv: 56 added, 19 new vintages"))
    let again = try run(["init"])
    #expect(again.stderr.contains("0 added, 0 new vintages, 75 unchanged"))

    let list = try run(["list", "--format", "csv", "--no-bom"])
    #expect(list.stdout.hasPrefix("indicator,name,region,unit,first,last,count,latest\r\n"))
    #expect(list.stdout.contains("gdp,GDP,mianyang,亿元,2009,2025,19,4600.66"))

    let show = try run(["show", "gdp"])  // default region: mianyang
    #expect(show.status == 0)
    #expect(show.stdout.contains("4096"))  // 2023 after the economic census revision
    let history = try run(["history", "gdp", "2023", "--format", "csv", "--no-bom"])
    #expect(history.stdout.contains("4038.73"))
    #expect(history.stdout.contains("4096"))
    let asOf = try run(["show", "gdp", "--as-of", "2024-06-30", "--format", "csv", "--no-bom"])
    #expect(asOf.stdout.contains("2023,4038.73,"))
    #expect(!asOf.stdout.contains("2024,4344"))

    let ambiguous = try run(["show", "sme_tech_enterprises", "--region", "mianyang_hitech_zone", "--all-vintages", "--format", "csv"])
    #expect(ambiguous.stdout.contains(",592,") && ambiguous.stdout.contains(",570,"))
  }

  @Test func exportImportRoundTripsExactly() throws {
    _ = try run(["init"])
    let first = try run(["export", "--all-vintages"])
    #expect(first.stdout.hasPrefix("\u{FEFF}indicator,region,period,value,unit,"))
    let file = directory.appendingPathComponent("export.csv")
    try Data(first.stdout.utf8).write(to: file)

    let other = directory.appendingPathComponent("other.sqlite").path
    #expect(try CLIRunner.run(["init", "--empty", "--db", other]).status == 0)
    let imported = try CLIRunner.run(["import", file.path, "--db", other])
    #expect(imported.status == 0, "\(imported.stderr)")
    let second = try CLIRunner.run(["export", "--all-vintages", "--db", other])
    #expect(second.stdout == first.stdout)
    // And importing the export into the database it came from changes nothing.
    let same = try run(["import", file.path])
    #expect(same.stderr.contains(" 0 added, 0 new vintages, 302 unchanged"), "\(same.stderr)")
  }

  @Test func chineseHeadersAndWideLayoutReimport() throws {
    _ = try run(["init"])
    let wide = try run(["export", "gdp", "--region", "mianyang", "--wide", "--lang", "zh"])
    #expect(wide.stdout.hasPrefix("\u{FEFF}指标,地区,单位,2009,2010Q1,2011,"))
    #expect(wide.stdout.contains("约4096"))
    let file = directory.appendingPathComponent("wide.csv")
    try Data(wide.stdout.utf8).write(to: file)
    let other = directory.appendingPathComponent("wide.sqlite").path
    _ = try CLIRunner.run(["init", "--empty", "--db", other])
    let imported = try CLIRunner.run(["import", file.path, "--db", other])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr.contains("19 added"), "\(imported.stderr)")
  }

  @Test func gbkFileImports() throws {
    _ = try run(["init", "--empty"])
    // 指标,地区,时期,数值 / gdp,绵阳市,2023,4038.73 in GBK.
    let gbk: [UInt8] = [0xD6, 0xB8, 0xB1, 0xEA, 0x2C, 0xB5, 0xD8, 0xC7, 0xF8, 0x2C, 0xCA, 0xB1, 0xC6, 0xDA, 0x2C, 0xCA, 0xFD, 0xD6, 0xB5, 0x0A]
      + Array("gdp,".utf8) + [0xC3, 0xE0, 0xD1, 0xF4, 0xCA, 0xD0] + Array(",2023,4038.73\n".utf8)
    let file = directory.appendingPathComponent("gbk.csv")
    try Data(gbk).write(to: file)
    let result = try run(["import", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("GB18030"))
    #expect(try run(["show", "gdp", "--format", "csv"]).stdout.contains("2023,4038.73"))
  }

  @Test func fitReportsGrowthWithInterval() throws {
    _ = try run(["init"])
    let fit = try run(["fit", "gdp", "--model", "loglinear", "--from", "2013", "--format", "json"])
    #expect(fit.status == 0, "\(fit.stderr)")
    #expect(fit.stdout.contains("\"growth_rate\": 0.1"))
    #expect(fit.stderr.contains("used 7 bound(s) as exact values"))
    let tooShort = try run(["fit", "rd_intensity", "--region", "sichuan"])
    #expect(tooShort.status == 1)
    #expect(tooShort.stderr.contains("needs at least 3 annual values, got 1"))
  }

  @Test func forecastAndBacktest() throws {
    _ = try run(["init"])
    let forecast = try run(["forecast", "gdp", "--horizon", "3", "--format", "csv", "--no-bom"])
    #expect(forecast.status == 0, "\(forecast.stderr)")
    let lines = forecast.stdout.split(separator: "\r\n")
    #expect(lines.first == "period,kind,mean,lo-80,hi-80,lo-95,hi-95,growth_pct")
    #expect(lines.filter { $0.contains(",forecast,") }.map { $0.prefix(4) } == ["2026", "2027", "2028"])
    #expect(forecast.stderr.contains("intervals: calibrated on"))
    #expect(forecast.stderr.contains("filled gaps by interpolation: 2010 2012"))

    let all = try run(["forecast", "--all", "--horizon", "2", "--format", "json", "--save"])
    #expect(all.status == 0, "\(all.stderr)")
    #expect(all.stdout.contains("\"indicator\": \"gdp\""))
    // gdp has annual values for four regions; two years each.
    #expect(try CLIRunner.sqlite(db, ["SELECT count(*) FROM forecast f JOIN indicator i ON i.id = f.indicatorId WHERE i.code = 'gdp'"]) == "8\n")

    let backtest = try run(["backtest", "gdp", "--format", "csv", "--no-bom"])
    #expect(backtest.status == 0)
    #expect(backtest.stdout.contains("\r\nauto,8,"))
    #expect(backtest.stdout.contains("\r\ndrift,8,"))

    let rate = try run(["forecast", "gdp_growth", "--format", "csv", "--no-bom"])
    #expect(!rate.stdout.contains("growth_pct"))
  }

  @Test func targetsAndReport() throws {
    _ = try run(["init"])
    let targets = try run(["targets", "--format", "csv", "--no-bom"])
    #expect(targets.stdout.contains(",gdp,mianyang,level,2023,2027,6000,at_least,"))
    let report = try run(["report", "--region", "mianyang", "--format", "csv", "--no-bom"])
    #expect(report.status == 0, "\(report.stderr)")
    let gdp = try #require(report.stdout.split(separator: "\r\n").first { $0.contains("2027 GDP ≥ 6000") })
    #expect(gdp.contains(",2023: 4096,2025: 4600.66,10.01%,5.98%,14.20%,limited_progress,2027: "))
    #expect(report.stdout.contains("2023 GDP real growth ≥ 7.5 %,annual,,2023: 8,,,,met,"))
    #expect(report.stdout.contains("no value recorded for 2010"))

    // The doubling template on a real series: 五年倍增 from 2020 with 三年攻坚 after three years.
    let added = try run(["target", "add", "gdp", "--region", "chengdu", "--base", "2020", "--double-in", "5", "--milestone", "3", "--label", "三年攻坚、五年倍增 (example)"])
    #expect(added.status == 0, "\(added.stderr)")
    let chengdu = try run(["report", "--region", "chengdu", "--format", "csv", "--no-bom"])
    let doubling = try #require(chengdu.stdout.split(separator: "\r\n").first { $0.contains("×2 2020–2025") })
    #expect(doubling.contains(",14.87%,"))
    #expect(doubling.contains("第3年 2023"))
    let id = try #require(added.stderr.split(separator: " ").dropFirst().first?.dropLast())
    #expect(try run(["target", "rm", String(id)]).status == 0)
    #expect(try run(["target", "rm", String(id)]).status == 1)
    #expect(try run(["target", "add", "gdp", "--region", "chengdu", "--double-in", "5"]).status == 64)
  }

  @Test func htmlReportAndChart() throws {
    _ = try run(["init"])
    let page = directory.appendingPathComponent("report.html")
    let result = try run(["report", "--region", "mianyang", "--format", "html", "--lang", "zh", "--out", page.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("规划目标进展报告"))
    #expect(html.contains("<svg"))
    #expect(html.contains("绵阳市 · 地区生产总值"))
    #expect(!html.contains("<script"))
    let svg = try run(["chart", "gdp"])
    #expect(svg.stdout.hasPrefix("<svg"))
    #expect(svg.stdout.contains(">6000<"))  // the 2027 target is drawn and labelled
  }

  /// An import killed part-way leaves a sound database with none of that file in it.
  @Test func sigkillDuringImportLeavesNoTrace() throws {
    _ = try run(["init", "--empty"])
    var text = "indicator,region,period,value,unit\n"
    for region in ["r1", "r2", "r3", "r4", "r5", "r6"] {
      for year in 1001...2999 { for month in 1...12 { text += "load_test,\(region),\(year)-\(month),\(year + month),个\n" } }
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

  /// Two imports started at the same moment both succeed: the second waits for the first.
  @Test func concurrentImportsBothLand() throws {
    _ = try run(["init", "--empty"])
    var files: [URL] = []
    for name in ["a", "b"] {
      var text = "indicator,region,period,value,unit\n"
      for year in 1001...2999 { text += "concurrent_\(name),mianyang,\(year),\(year),个\n" }
      let file = directory.appendingPathComponent("\(name).csv")
      try Data(text.utf8).write(to: file)
      files.append(file)
    }
    let processes = try files.map { try CLIRunner.start(["import", $0.path, "--db", db]) }
    for p in processes { p.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let list = try run(["list", "--format", "csv", "--no-bom"])
    #expect(list.stdout.contains("concurrent_a,concurrent_a,mianyang,个,1001,2999,1999,2999"))
    #expect(list.stdout.contains("concurrent_b,concurrent_b,mianyang,个,1001,2999,1999,2999"))
  }
}
