import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart", abstract: "Draw a series with its forecast (and its first level target) as SVG.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions

  @OptionGroup var series: SeriesOptions

  @Option(help: "Years ahead.")
  var horizon = 5

  @Option(help: ArgumentHelp("The SVG file to write (default: stdout).", valueName: "path"))
  var out: String?

  func run() throws {
    let database = try store.open()
    let asOf = try vintage.asOf
    let (indicator, region) = try series.resolve(in: database)
    let points = try database.seriesPoints(indicator: indicator.code, region: region.code, asOf: asOf)
    let history = points.filter { $0.period.frequency == .annual && $0.status != .derived }.map { (year: $0.period.year, value: $0.value) }
    guard let last = history.last else { throw CommandFailure("\(indicator.code) has no annual values for \(region.code)") }
    let f = try AutoModel(horizon: horizon).fit(AnnualSeries(points).values).forecast(horizon: horizon, levels: [80, 95])
    let bands = f.mean.indices.map { ChartData.Band(year: last.year + $0 + 1, mean: f.mean[$0], lower80: f.lower[80]![$0], upper80: f.upper[80]![$0], lower95: f.lower[95]![$0], upper95: f.upper[95]![$0]) }
    let target = try database.targets(region: region.code).first { $0.indicator == indicator.code && $0.kind == .level && $0.duePeriod > last.year }
    let svg = SVGChart.render(ChartData(
      title: "\(region.nameZh) · \(indicator.nameZh)", unit: indicator.unit.symbol, history: history, forecast: bands,
      target: target.map { ($0.duePeriod, $0.value) }))
    if let out {
      guard FileManager.default.createFile(atPath: out, contents: Data(svg.utf8)) else { throw CommandFailure("cannot write \(out)") }
      Console.note("\(out): \(history.count) values, \(horizon)-year forecast")
    } else {
      Console.output(svg)
    }
  }
}
