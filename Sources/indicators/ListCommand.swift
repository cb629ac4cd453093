import ArgumentParser
import IndicatorsWorkflows

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the series: indicator × region, unit, period range, count, latest value.")

  @OptionGroup var options: QueryOptions

  @Option(help: "Only series of this region (code or name).")
  var region: String?

  func run() throws {
    let table = try SeriesTables.list(options.open(), region: region, asOf: options.asOf, language: options.output.language)
    Console.output(options.output.render(table))
  }
}
