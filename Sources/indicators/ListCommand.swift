import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the series: indicator × region, unit, period range, count, latest value.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Only series of this region (code or name).")
  var region: String?

  func run() throws {
    let database = try store.open()
    var summaries = try database.seriesSummaries(asOf: vintage.asOf)
    if let region {
      let code = try database.regions().first { $0.code == region || $0.nameZh == region }?.code ?? region
      summaries = summaries.filter { $0.region.code == code }
    }
    var table = Table(columns: [
      .init("indicator", "指标"), .init("name", "名称"), .init("region", "地区"), .init("unit", "单位"),
      .init("first", "起"), .init("last", "止"), .init("count", "个数", alignRight: true),
      .init("latest", "最新值", alignRight: true),
    ])
    for s in summaries {
      table.rows.append([
        .text(s.indicator.code), .text(output.chinese ? s.indicator.nameZh : s.indicator.nameEn), .text(s.region.code),
        .text(s.indicator.unit.symbol), .text(s.first.canonical), .text(s.last.canonical), .number(Double(s.count)),
        s.latest.qualifier == .exact ? .number(s.latest.value) : .text(s.latest.qualifiedValueText),
      ])
    }
    Console.output(output.render(table))
  }
}
