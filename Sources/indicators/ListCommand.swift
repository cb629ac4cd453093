import ArgumentParser
import IndicatorsWorkflows

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the series: indicator × region, unit, period range, count, latest value.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Only series of this region (code or name).")
  var region: String?

  func run() throws {
    let table = try SeriesTables.list(store.open(), region: region, asOf: vintage.asOf, language: output.language)
    Console.output(output.render(table))
  }
}
