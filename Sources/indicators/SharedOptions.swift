import ArgumentParser
import IndicatorsCore
import IndicatorsStore

// The groups of options that most commands take together, each made of the smaller groups (so
// that help lists the options as before, in the same order).

/// `--db` and `--lang`: for a command that works on the database and reports in words (on stderr).
struct StoreLanguageOptions: ParsableArguments {
  @OptionGroup var store: StoreOptions
  @OptionGroup var reading: LanguageOptions

  var language: Language { reading.language }

  func open(create: Bool = false) throws -> any IndicatorStoring { try store.open(create: create) }
}

/// `--db` and how the table is written (`--format`, `--lang`, `--no-bom`): for a command that
/// prints a table read from the database.
struct TableOptions: ParsableArguments {
  @OptionGroup var store: StoreOptions
  @OptionGroup var output: OutputOptions

  func open() throws -> any IndicatorStoring { try store.open() }
}

/// `--db`, `--as-of` and how the table is written: for a command that prints a table read from
/// the database as it was known on a date.
struct QueryOptions: ParsableArguments {
  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  var asOf: CalendarDate? { get throws { try vintage.asOf } }

  func open() throws -> any IndicatorStoring { try store.open() }
}
