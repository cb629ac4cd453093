import ArgumentParser
import IndicatorsWorkflows

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the database and load the bundled sample data.",
    discussion: """
      Loads the indicator and region catalogue, then (unless --empty) the sample observations:
      Data/regional_indicators_sourced.csv (real Mianyang, Sichuan and Chengdu series with their
      sources and revisions) and Data/seed_figures.csv (the figures of the five seed documents).
      Running it again changes nothing. The default region becomes mianyang.
      """)

  @OptionGroup var options: StoreLanguageOptions

  @Flag(help: "Create the database with the catalogue only, without sample observations.")
  var empty = false

  func run() throws {
    try SampleDataLoader.load(into: options.open(create: true), catalogueOnly: empty, language: options.language, report: Console.note)
  }
}
