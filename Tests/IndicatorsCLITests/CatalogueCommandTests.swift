import Foundation
import Testing

/// A new city from the command line, as the README's walk-through does it: the region under its
/// Chinese name, the default region, aliases, a catalogue file and a bulletin-worded CSV.
@Suite struct CatalogueCommandTests {
  let directory = CLIRunner.scratch()
  var db: String { directory.appendingPathComponent("db.sqlite").path }

  @discardableResult
  func run(_ arguments: [String], expect status: Int32 = 0) throws -> CLIRunner.Result {
    let result = try CLIRunner.run(arguments + ["--db", db], in: directory)
    #expect(result.status == status, "\(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: directory.appendingPathComponent(name))
  }

  @Test func aNewCityWithAChineseNameEndToEnd() throws {
    try run(["init"])
    #expect(try run(["config", "get", "region"]).stdout == "mianyang\n")
    let added = try run(["region", "add", "yibin", "--zh", "宜宾市", "--en", "Yibin", "--parent", "sichuan", "--alias", "宜宾"])
    #expect(added.stderr.contains("added region yibin 宜宾市 (Yibin), in sichuan, also 宜宾"))
    try run(["config", "set", "region", "宜宾市"])
    #expect(try run(["config", "get", "region"]).stdout == "yibin\n")

    try write("bulletin.csv", """
      指标,地区,时期,数值,单位
      地区生产总值,宜宾市,2024年全年,3700,亿元
      GDP增速,宜宾,2024年前三季度,同比增长6.0%,%
      实际利用外资,宜宾市,2024年,近3亿美元,万美元
      R&D经费投入强度,宜宾市,2024年,—,%
      """)
    let imported = try run(["import", "bulletin.csv", "--source", "宜宾市2024年统计公报", "--published", "2025-03-20"])
    #expect(imported.stderr.contains("bulletin.csv: 3 added, 0 new vintages, 0 unchanged"))
    #expect(imported.stderr.contains("1 row says no data (—, - or empty) and was skipped: line 5"))

    // The default region is now Yibin: no --region needed; a Chinese name works as --region.
    let gdp = try run(["show", "gdp", "--format", "csv"])
    #expect(gdp.stdout.contains("2024,3700,"))
    #expect(gdp.stdout.contains("宜宾市2024年统计公报"))
    let fdi = try run(["show", "实际利用外资", "--region", "宜宾", "--format", "csv"])
    #expect(fdi.stdout.contains("2024,3,below"))
    let growth = try run(["show", "GDP增速", "--region", "宜宾市", "--format", "csv"])
    #expect(growth.stdout.contains("2024YTD9,6,"))

    let regions = try run(["region", "list", "--format", "csv", "--no-bom"])
    #expect(regions.stdout.contains("yibin,宜宾市,Yibin,sichuan,宜宾,*"))
  }

  @Test func catalogueFilesAndAliases() throws {
    try run(["init", "--empty"])
    try write("regions.csv", "代码,中文名,英文名,上级,别名\ndeyang,德阳市,Deyang,sichuan,德阳\n")
    try write("indicators.csv", "code,name_zh,name_en,unit,measure_kind,aliases\nequipment_output,装备制造业产值,Equipment manufacturing output,亿元,level,装备产值\n")
    #expect(try run(["region", "add", "--file", "regions.csv"]).stderr.contains("1 region added"))
    #expect(try run(["indicator", "add", "--file", "indicators.csv"]).stderr.contains("1 indicator added"))
    try run(["indicator", "alias", "equipment_output", "装备制造业总产值"])
    let list = try run(["indicator", "list", "--format", "csv", "--no-bom"])
    #expect(list.stdout.contains("equipment_output,装备制造业产值,Equipment manufacturing output,亿元,level,装备产值;装备制造业总产值"))
    try write("d.csv", "indicator,region,period,value,unit\n装备制造业总产值,德阳,2024,超3000亿元,亿元\n")
    #expect(try run(["import", "d.csv"]).stderr.contains("1 added"))
    #expect(try run(["show", "装备产值", "--region", "德阳市", "--format", "csv"]).stdout.contains("2024,3000,at_least"))
    // A name already taken is refused, and the catalogue is unchanged.
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let refused = try run(["region", "alias", "deyang", "四川省"], expect: 1)
    #expect(refused.stderr.contains("'四川省' already names the region sichuan"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  @Test func aRegionCodeMustBeACode() throws {
    try run(["init", "--empty"])
    let result = try run(["region", "add", "宜宾市"], expect: 64)
    #expect(result.stderr.contains("the Chinese name goes in --zh"))
  }
}
