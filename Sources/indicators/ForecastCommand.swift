import ArgumentParser
import IndicatorsCore
import IndicatorsForecast
import IndicatorsWorkflows

extension ForecastMethod: ExpressibleByArgument {}

struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast a series (or every series) with prediction intervals.",
    discussion: """
      Uses each year's latest value (or what was published by --as-of); derived figures are left out
      and interior gaps filled in. --model auto (the default) averages drift, Theta and damped trend
      and calibrates its intervals on the series' own rolling-origin forecast errors; the other
      models give model-based intervals. For a level series each forecast year's implied growth is
      shown; a rate series (growth %, shares) is forecast as it is.
      """)

  @OptionGroup var options: QueryOptions

  @Argument(help: "Indicator code or name (omit with --all).")
  var indicator: String?

  @Option(help: "Region code or name.")
  var region: String?

  @Flag(help: "Forecast every series in the database.")
  var all = false

  @Option(help: "Years ahead.")
  var horizon = 5

  @Option(help: "The method.")
  var model: ForecastMethod = .auto

  @Option(name: .customLong("level"), help: "Interval levels in percent (repeatable).")
  var levels: [Double] = [80, 95]

  @Flag(help: "Store the forecasts in the database (table forecast), replacing earlier ones.")
  var save = false

  func validate() throws {
    if all == (indicator != nil) { throw ValidationError("give one indicator, or --all") }
    try HorizonCheck.horizon(horizon)
    for level in levels where !SupportedRange.isLevel(level) {
      throw ValidationError("--level: \(level) is not an interval level; give more than 0 and at most \(SupportedRange.maximumLevel) (percent)")
    }
  }

  func run() throws {
    let database = try options.open()
    let asOf = try options.asOf
    let workflow = ForecastWorkflow(method: model, horizon: horizon, levels: levels, language: options.output.language)
    guard let indicator else {
      let (table, notice) = try workflow.runAll(in: database, asOf: asOf, save: save) { Console.note(Console.language.pick("… 已完成\($0)/\($1)个序列", "… \($0) of \($1) series")) }
      Console.show([notice])
      return Console.output(options.output.render(table))
    }
    let result = try workflow.run(SeriesSelector(indicator: indicator, region: region).resolve(in: database, language: Console.language), in: database, asOf: asOf)
    Console.show(result.notices)
    if save { try workflow.save(result, in: database, asOf: asOf) }
    Console.output(options.output.render(workflow.table(result)))
  }
}
