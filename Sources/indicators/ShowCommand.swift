import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one series: each period's latest value with qualifier, status and source.",
    discussion: "The `vintages` column counts the published versions of each value; `indicators history` lists them.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @OptionGroup var series: SeriesOptions

  @Flag(name: .customLong("all-vintages"), help: "Show every vintage, not only the latest.")
  var allVintages = false

  func run() throws {
    let database = try store.open()
    let (indicator, region) = try series.resolve(in: database)
    let asOf = try vintage.asOf
    let query = ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf, allVintages: true)
    let every = try database.observations(query)
    var versions: [Period: Int] = [:]
    for o in every { versions[o.period, default: 0] += 1 }
    let shown = allVintages ? every : try database.observations(ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: asOf))
    guard !shown.isEmpty else {
      throw CommandFailure("\(indicator.code) has no observations for \(region.code)\(asOf.map { " published by \($0)" } ?? "")")
    }
    Console.note("\(indicator.code) \(indicator.nameZh) (\(indicator.nameEn)) · \(region.code) \(region.nameZh) · \(indicator.unit.symbol)")
    Console.output(output.render(Self.table(shown, versions: versions)))
  }

  static func table(_ observations: [Observation], versions: [Period: Int]) -> Table {
    var table = Table(columns: [
      .init("period", "时期"), .init("value", "数值", alignRight: true), .init("qualifier", "限定"),
      .init("status", "状态"), .init("vintage", "版本"), .init("vintages", "版本数", alignRight: true),
      .init("source", "来源"), .init("locator", "定位"),
    ])
    for o in observations {
      table.rows.append([
        .text(o.period.canonical), .number(o.value), .text(o.qualifier == .exact ? "" : o.qualifier.rawValue),
        .text(o.status == .normal ? "" : o.status.rawValue), .text(o.vintageText),
        .number(Double(versions[o.period] ?? 1)), .text(o.source.title), .text(o.locator),
      ])
    }
    return table
  }
}
