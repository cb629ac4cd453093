import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

/// A catalogue that `indicators indicator` and `indicators region` edit: what their subcommands
/// of one shape (`alias`, `list`, the checks of `add`) say and which workflow they call.
protocol Catalogue {
  /// `indicator`, `region`: the argument naming an entry, and the noun of messages.
  static var noun: String { get }
  /// `指标`, `地区`.
  static var chineseNoun: String { get }
  /// `alias`'s abstract and its example of another name.
  static var aliasAbstract: String { get }
  static var aliasExample: String { get }
  static var listAbstract: String { get }
  static var renameAbstract: String { get }
  /// The help of `add`'s code, `--zh` and `--en`.
  static var codeHelp: String { get }
  static var zhHelp: String { get }
  static var enHelp: String { get }
  /// What `rename` may change besides the names' `--zh` and `--en`, and how it changes it.
  associatedtype Renaming: ParsableArguments
  static func rename(_ name: String, _ change: Renaming, in store: any IndicatorStoring, language: Language) throws -> String
  static func alias(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language) throws -> String
  static func table(_ store: any IndicatorStoring, language: Language) throws -> Table
}

extension Catalogue {
  /// `add`'s rule for its arguments: a new entry's code, or `--file`, not both; the code well-formed.
  static func checkCodeOrFile(_ code: String?, _ file: String?, _ language: Language) throws {
    let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    switch (code, file) {
    case (nil, nil): throw ValidationError(language.pick("请给出\(chineseNoun)代码，或 --file 目录文件", "give \(article) \(noun) code, or --file CSV"))
    case (.some, .some): throw ValidationError(language.pick("\(chineseNoun)代码与 --file 只能给一个", "give \(article) \(noun) code or --file, not both"))
    case (.some(let code), nil) where !IndicatorDefinition.isValidCode(code):
      throw ValidationError(
        language.pick(
          "'\(ChineseText.excerpt(code))' 不是\(chineseNoun)代码：代码由小写字母、数字和 _ 组成，以字母开头（中文名请用 --zh）",
          "'\(ChineseText.excerpt(code))' is not \(article) \(noun) code: lower-case letters, digits and _, starting with a letter (the Chinese name goes in --zh)"))
    default: break
    }
  }
}

/// `indicator alias`, `region alias`: other names for an entry.
struct CatalogueAliasCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "alias", abstract: Entry.aliasAbstract) }

  @OptionGroup var store: StoreOptions
  @OptionGroup var reading: LanguageOptions

  @Argument(help: ArgumentHelp("The \(Entry.noun) (code, name or alias).", valueName: Entry.noun))
  var name: String

  @Argument(help: "The other names, e.g. \(Entry.aliasExample).")
  var aliases: [String]

  func run() throws {
    Console.note(try Entry.alias(name, aliases, in: store.open(), language: reading.language))
  }
}

/// `indicator list`, `region list`: the catalogue as a table.
struct CatalogueListCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Entry.listAbstract) }

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    Console.output(output.render(try Entry.table(store.open(), language: output.language)))
  }
}

/// `indicator rename`, `region rename`: new names (and what else the catalogue lets change).
struct CatalogueRenameCommand<Entry: Catalogue>: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rename", abstract: Entry.renameAbstract) }

  @OptionGroup var store: StoreOptions
  @OptionGroup var reading: LanguageOptions

  @Argument(help: ArgumentHelp("The \(Entry.noun) (code, name or alias).", valueName: Entry.noun))
  var name: String

  @OptionGroup var change: Entry.Renaming

  func run() throws {
    Console.note(try Entry.rename(name, change, in: store.open(), language: reading.language))
  }
}

/// The code and names `indicator add` and `region add` begin with.
struct NewEntryOptions<Entry: Catalogue>: ParsableArguments {
  @Argument(help: ArgumentHelp(Entry.codeHelp))
  var code: String?

  @Option(help: ArgumentHelp(Entry.zhHelp))
  var zh: String?

  @Option(help: ArgumentHelp(Entry.enHelp))
  var en: String?
}

/// `--zh` and `--en` of `rename`.
struct NewNameOptions: ParsableArguments {
  @Option(help: "New Chinese name.")
  var zh: String?

  @Option(help: "New English name.")
  var en: String?
}
