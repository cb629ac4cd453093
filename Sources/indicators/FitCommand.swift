import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

extension TrendModel: ExpressibleByArgument {}

struct FitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fit",
    abstract: "Fit a trend to a series' annual values by least squares.",
    discussion: """
      Models: linear (y = a + b·t), loglinear (ln y = a + b·t: constant growth, reported as the
      average annual growth rate with a 95% interval), quadratic (y = a + b·t + c·t²).
      t counts years from the centre of the fitted span, so the intercept is the trend's level
      there. Uses the latest vintage of each year (or what was published by --as-of). Derived
      figures are skipped; figures that are bounds (超 at least, 约 about, 近 below) are used as
      written, with a warning.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @OptionGroup var series: SeriesOptions

  @Option(help: "The trend model.")
  var model: TrendModel = .linear

  @Option(help: "First year to fit.")
  var from: Int?

  @Option(help: "Last year to fit.")
  var to: Int?

  func run() throws {
    let database = try store.open()
    let (indicator, region) = try series.resolve(in: database)
    let all = try database.observations(
      ObservationQuery(indicators: [indicator.code], regions: [region.code], asOf: vintage.asOf))
    let annual = all.filter {
      $0.period.frequency == .annual && $0.period.year >= (from ?? .min) && $0.period.year <= (to ?? .max)
    }
    let derived = annual.filter { $0.status == .derived }
    let used = annual.filter { $0.status != .derived }
    let qualified = used.filter { $0.qualifier != .exact }
    let fit = try model.fit(used.map { ($0.period.year, $0.value) })

    let years = used.map(\.period.canonical).joined(separator: " ")
    Console.note("\(indicator.code) · \(region.code) · \(model.rawValue) trend on \(used.count) annual values: \(years)")
    if !derived.isEmpty {
      Console.warning("skipped \(derived.count) derived value(s): \(derived.map(\.period.canonical).joined(separator: " "))")
    }
    if !qualified.isEmpty {
      Console.warning("used \(qualified.count) bound(s) as exact values: \(qualified.map { "\($0.period) \($0.qualifiedValueText)" }.joined(separator: ", "))")
    }
    if all.count > annual.count {
      Console.note("(\(all.count - annual.count) non-annual or out-of-range values not used)")
    }
    Console.output(render(fit))
  }

  func render(_ fit: TrendFit) -> String {
    var terms = Table(columns: [
      .init("term", "项"), .init("estimate", "估计值", alignRight: true),
      .init("std_error", "标准误", alignRight: true), .init("t_value", "t值", alignRight: true),
    ])
    for term in fit.terms {
      terms.rows.append([.text(term.name), .number(term.estimate), .number(term.standardError), .number(term.tValue)])
    }
    var statistics: [(String, String, Double)] = [
      ("centre_year", "中心年份", fit.centreYear), ("observations", "样本数", Double(fit.observations)),
      ("r_squared", "R²", fit.rSquared), ("residual_se", "残差标准误", fit.sigma), ("aicc", "AICc", fit.aicc),
    ]
    if let growth = fit.growth {
      statistics += [
        ("growth_rate", "年均增速", growth.rate), ("growth_lower_95", "增速95%下限", growth.lower95),
        ("growth_upper_95", "增速95%上限", growth.upper95),
      ]
    }
    switch output.format {
    case .table, .markdown, .html:
      var stats = Table(columns: [.init("statistic", "统计量"), .init("value", "数值", alignRight: true)])
      stats.rows = statistics.map { [.text(output.chinese ? $0.1 : $0.0), .number($0.2)] }
      return output.render(terms) + "\n" + output.render(stats)
    case .csv:
      terms.rows += statistics.map { [.text($0.0), .number($0.2), .empty, .empty] }
      return output.render(terms)
    case .json:
      let stats = statistics.sorted { $0.0 < $1.0 }.map { "\(JSONText.string($0.0)): \(Table.Cell.number($0.2).exact)" }
      return "{\n\"model\": \(JSONText.string(fit.model.rawValue)),\n\"statistics\": {" + stats.joined(separator: ", ")
        + "},\n\"terms\": " + terms.json().trimmingCharacters(in: .newlines) + "\n}\n"
    }
  }
}
