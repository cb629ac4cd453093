import Foundation
import Testing

/// `indicators extract` end to end: its CSV goes straight into `indicators import`.
@Suite(.serialized) struct ExtractCommandTests {
  let directory = CLIRunner.scratch()
  var db: String { directory.appendingPathComponent("db.sqlite").path }
  static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Data")

  func file(_ relative: String) -> String { Self.data.appendingPathComponent(relative).path }

  @Test func bulletinToCSVToImport() throws {
    let extracted = try CLIRunner.run([
      "extract", file("extract-dev/mianyang-bulletin-2025.txt"), "--region", "mianyang",
      "--published", "2026-03", "--source", "绵阳市统计局", "--source-url", "https://example.org/b",
    ])
    #expect(extracted.status == 0, "\(extracted.stderr)")
    #expect(extracted.stdout.hasPrefix("\u{FEFF}indicator,region,period,value,unit,qualifier,status,kind,source,source_url,published,locator,note\r\n"))
    #expect(extracted.stdout.contains("\r\ngdp,mianyang,2025,4600.66,亿元,exact,normal,observation,绵阳市统计局,https://example.org/b,2026-03,"))
    #expect(extracted.stdout.contains("\r\nindustrial_va_growth,sichuan,2025,6.8,%,exact,derived,observation,"))
    // The three sector shares (三次产业结构为9.0:38.9:52.1) have no catalogue code: marked for review.
    #expect(extracted.stderr.contains("39 figures (3 to review"))
    #expect(extracted.stdout.contains("\r\nreview:secondary_va_share_of_gdp,mianyang,2025,38.9,%,"))
    #expect(!FileManager.default.fileExists(atPath: db))

    // The reviewer deletes the rows marked for review; the rest imports as it is.
    let csv = directory.appendingPathComponent("bulletin.csv")
    let reviewed = extracted.stdout.components(separatedBy: "\r\n").filter { !$0.hasPrefix("review:") }.joined(separator: "\r\n")
    try Data(reviewed.utf8).write(to: csv)
    #expect(try CLIRunner.run(["init", "--empty", "--db", db]).status == 0)
    let imported = try CLIRunner.run(["import", csv.path, "--db", db])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr.contains("36 added"))
    let shown = try CLIRunner.run(["show", "gdp", "--region", "mianyang", "--format", "csv", "--no-bom", "--db", db])
    #expect(shown.stdout.contains("2025,4600.66"))
  }

  @Test func reviewRowsAreRefusedUntilRenamed() throws {
    let csv = directory.appendingPathComponent("seed.csv")
    let extracted = try CLIRunner.run([
      "extract", file("seeds/000_d4b3c903fbfae081.txt"), "--region", "mianyang", "--published", "2025",
      "--source", "seed 000", "--out", csv.path, "--no-bom",
    ])
    #expect(extracted.status == 0, "\(extracted.stderr)")
    let text = try String(contentsOf: csv, encoding: .utf8)
    #expect(text.contains("\r\nout_of_province_industrial_investment,mianyang,2024,633,亿元,exact,normal,observation,seed 000,"))
    #expect(text.contains("\r\nreview:"))
    #expect(try CLIRunner.run(["init", "--empty", "--db", db]).status == 0)
    let refused = try CLIRunner.run(["import", csv.path, "--db", db])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("proposed for an indicator the catalogue lacks"), "\(refused.stderr)")

    // Dropping the prefix creates the proposed indicators: every row then imports.
    let renamed = directory.appendingPathComponent("renamed.csv")
    try Data(text.replacingOccurrences(of: "\r\nreview:", with: "\r\n").utf8).write(to: renamed)
    let imported = try CLIRunner.run(["import", renamed.path, "--db", db])
    #expect(imported.status == 0, "\(imported.stderr)")
  }

  @Test func targetsAreMarkedAndSkippedOnImport() throws {
    let extracted = try CLIRunner.run([
      "extract", file("extract-dev/mianyang-work-report-2025.txt"), file("extract-dev/placeholder-template.txt"),
      "--region", "mianyang", "--published", "2025-01", "--source", "政府工作报告", "--format", "json",
    ])
    #expect(extracted.status == 0, "\(extracted.stderr)")
    let rows = try #require(JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [[String: Any]])
    #expect(rows.contains { $0["indicator"] as? String == "gdp" && $0["period"] as? String == "2027" && $0["kind"] as? String == "target" && $0["qualifier"] as? String == "at_least" })
    #expect(rows.contains { $0["indicator"] as? String == "gdp_growth" && $0["period"] as? String == "2024" && $0["value"] as? Double == 7 })
    #expect(!rows.contains { ($0["file"] as? String)?.hasSuffix("placeholder-template.txt") == true })
    #expect(extracted.stderr.contains("placeholder-template.txt: 0 figures"))
  }

  @Test func badDateIsAUsageError() throws {
    let result = try CLIRunner.run(["extract", file("extract-dev/mianyang-bulletin-2025.txt"), "--region", "mianyang", "--published", "last year", "--source", "x"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("is not a date"))
  }

  @Test func aTextThatStatesItsRegionAndYearNeedsNoFlags() throws {
    let text = directory.appendingPathComponent("wuxi.txt")
    try Data("无锡市2023年国民经济和社会发展统计公报\n\n全年实现地区生产总值15456.19亿元，比上年增长6.0%，高于全省0.2个百分点。\n".utf8).write(to: text)
    let extracted = try CLIRunner.run(["extract", text.path, "--source", "无锡市统计局", "--no-bom"])
    #expect(extracted.status == 0, "\(extracted.stderr)")
    #expect(extracted.stdout.contains("\r\ngdp,wuxi,2023,15456.19,亿元,exact,normal,observation,无锡市统计局,,,"))
    #expect(extracted.stdout.contains("\r\ngdp_growth,jiangsu,2023,5.8,%,exact,derived,observation,"))
    #expect(extracted.stderr.contains("region wuxi, year 2023 read from the text"), "\(extracted.stderr)")
  }

  @Test func aTextThatStatesNoRegionIsRefusedWithTheFlagToGive() throws {
    let text = directory.appendingPathComponent("anonymous.txt")
    try Data("全年实现地区生产总值100亿元，增长5%。\n".utf8).write(to: text)
    let refused = try CLIRunner.run(["extract", text.path, "--published", "2024-03", "--source", "x"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("anonymous.txt: the text does not say which region it is about"), "\(refused.stderr)")
    #expect(refused.stderr.contains("--region"))
    #expect(refused.stdout.isEmpty)
    let given = try CLIRunner.run(["extract", text.path, "--region", "deyang", "--published", "2024-03", "--source", "x", "--no-bom"])
    #expect(given.status == 0, "\(given.stderr)")
    // 全年 with no year written, published in March 2024: the year that ended, 2023.
    #expect(given.stdout.contains("\r\ngdp,deyang,2023,100,亿元,"))
  }
}
