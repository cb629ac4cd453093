import ArgumentParser
import IndicatorsWorkflows

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one series: each period's latest value with qualifier, status and source.",
    discussion: "The `vintages` column counts the published versions of each value; `indicators history` lists them.")

  @OptionGroup var options: QueryOptions

  @OptionGroup var series: SeriesOptions

  @Flag(name: .customLong("all-vintages"), help: "Show every vintage, not only the latest.")
  var allVintages = false

  func run() throws {
    let database = try options.open()
    let (title, table) = try SeriesTables.show(database, series.selector, asOf: options.asOf, allVintages: allVintages, language: options.output.language)
    Console.note(title)
    Console.output(options.output.render(table))
  }
}
