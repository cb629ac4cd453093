import ArgumentParser
import IndicatorsCore
import IndicatorsForecast
import IndicatorsWorkflows

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

  @OptionGroup var options: QueryOptions

  @OptionGroup var series: SeriesOptions

  @Option(help: "The trend model.")
  var model: TrendModel = .linear

  @Option(help: "First year to fit.")
  var from: Int?

  @Option(help: "Last year to fit.")
  var to: Int?

  func validate() throws {
    for (name, year) in [("--from", from), ("--to", to)] {
      if let year, !SupportedRange.years.contains(year) { throw ValidationError("\(name): \(SupportedRange.yearMessage(year))") }
    }
    if let from, let to, from > to { throw ValidationError("--from \(from) comes after --to \(to)") }
  }

  func run() throws {
    let database = try options.open()
    let result = try FitWorkflow(model: model, from: from, to: to, language: options.output.language).run(series.resolve(in: database), in: database, asOf: options.asOf)
    Console.show(result.notices)
    switch options.output.format {
    case .table, .markdown, .html:
      Console.output(options.output.render(result.terms) + "\n" + options.output.render(result.statisticsTable(chinese: options.output.chinese)))
    case .csv: Console.output(options.output.render(result.combinedTable))
    case .json: Console.output(result.json)
    }
  }
}
