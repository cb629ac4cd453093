import ArgumentParser
import IndicatorsCore

/// `indicator add`, `region add`: a new entry, or the entries of a catalogue CSV file.
struct CatalogueAddCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: Entry.words.add) }

  @OptionGroup var entry: NewEntryOptions<Entry>
  @OptionGroup var details: Entry.Details

  func validate() throws {
    try Entry.checkCodeOrFile(entry.code, Entry.file(details), entry.options.language)
    if entry.code != nil, Entry.file(details) == nil { try Entry.check(details, entry.options.language) }
  }

  func run() throws {
    let (database, language) = (try entry.options.open(), entry.options.language)
    if let file = Entry.file(details) {
      Console.note(try Entry.add(file: file, to: database, language: language))
    } else if let code = entry.code, let said = try Entry.add(code, entry, details, to: database, language: language) {
      Console.note(said)
    }
  }
}

/// `indicator alias`, `region alias`: other names for an entry.
struct CatalogueAliasCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "alias", abstract: Entry.words.alias) }

  @OptionGroup var entry: EntryOptions<Entry>

  @Argument(help: "The other names, e.g. \(Entry.words.aliasExample).")
  var aliases: [String]

  func run() throws {
    Console.note(try Entry.alias(entry.name, aliases, in: entry.options.open(), language: entry.options.language))
  }
}

/// `indicator rename`, `region rename`: new names (and what else the catalogue lets change).
struct CatalogueRenameCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rename", abstract: Entry.words.rename) }

  @OptionGroup var entry: EntryOptions<Entry>
  @OptionGroup var change: Entry.Renaming

  func run() throws {
    Console.note(try Entry.rename(entry.name, change, in: entry.options.open(), language: entry.options.language))
  }
}

/// `indicator list`, `region list`: the catalogue as a table.
struct CatalogueListCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Entry.words.list) }

  @OptionGroup var options: TableOptions

  func run() throws {
    Console.output(options.output.render(try Entry.table(options.open(), language: options.output.language)))
  }
}
