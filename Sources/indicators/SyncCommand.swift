import ArgumentParser
import IndicatorsWorkflows

struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Copy a whole database into a new one: SQLite to PostgreSQL or back.",
    discussion: """
      Copies the catalogue, every import with every vintage (and its sources), the targets and the
      settings. The destination is created if missing and must hold no observations or targets yet;
      an export of either side afterwards is the same file.
        indicators sync --from indicators.sqlite --to postgresql://analyst@db.example:5432/indicators
      """)

  @Option(help: ArgumentHelp("The database to copy: an SQLite file or a postgresql:// URL.", valueName: "path"))
  var from: String

  @Option(help: ArgumentHelp("The new database: an SQLite file or a postgresql:// URL.", valueName: "path"))
  var to: String

  @OptionGroup var reading: LanguageOptions

  func run() throws {
    let source = try StoreOptions.open(from)
    let destination = try StoreOptions.open(to, create: true)
    let copied = try SyncWorkflow.copy(from: source, to: destination)
    Console.note(SyncWorkflow.message(copied, from: source.path, to: destination.path, reading.language))
  }
}
