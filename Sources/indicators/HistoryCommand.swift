import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Every published version (vintage) of one value, oldest first.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: OutputOptions

  @OptionGroup var series: SeriesOptions

  @Argument(help: "Period (2023, 2023Q1, 2023年1-11月 …).")
  var period: String

  func run() throws {
    let parsedPeriod: Period
    do { parsedPeriod = try Period(parsing: period) } catch { throw ValidationError(error.description) }
    let database = try store.open()
    let (indicator, region) = try series.resolve(in: database)
    let versions = try database.history(indicator: indicator.code, region: region.code, period: parsedPeriod)
    guard !versions.isEmpty else {
      throw CommandFailure("\(indicator.code) has no value for \(region.code) in \(parsedPeriod)")
    }
    var table = Table(columns: [
      .init("vintage", "版本"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("source", "来源"), .init("published", "发布日期"), .init("recorded", "录入日期"), .init("url", "链接"),
    ])
    for o in versions {
      table.rows.append([
        .text(o.vintageText), .number(o.value), .text(o.qualifier == .exact ? "" : o.qualifier.rawValue),
        .text(o.status == .normal ? "" : o.status.rawValue), .text(o.source.title), .text(o.source.published),
        .text(o.recorded.description), .text(o.source.location),
      ])
    }
    Console.note("\(indicator.code) · \(region.code) · \(parsedPeriod) · \(indicator.unit.symbol) · \(versions.count) version(s)")
    Console.output(output.render(table))
  }
}
