import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

/// A catalogue that `indicators indicator` and `indicators region` edit with subcommands of one
/// shape (`add`, `alias`, `rename`, `list`; see CatalogueSubcommands.swift): what they say, the
/// options where the two differ, and the workflow each calls.
protocol Catalogue {
  static var words: CatalogueWords { get }
  /// `add`'s options after the code, `--zh` and `--en` (`--file` among them).
  associatedtype Details: ParsableArguments
  /// What `rename` may change besides the names.
  associatedtype Renaming: ParsableArguments
  static func file(_ details: Details) -> String?
  /// `add`'s checks of a new entry's options beyond its code.
  static func check(_ details: Details, _ language: Language) throws
  static func add(file: String, to store: any IndicatorStoring, language: Language) throws -> String
  /// Adds the entry `code`, or returns nil when `details` do not make one (ruled out by `check`).
  static func add(_ code: String, _ entry: NewEntryOptions<Self>, _ details: Details, to store: any IndicatorStoring, language: Language) throws -> String?
  static func rename(_ name: String, _ change: Renaming, in store: any IndicatorStoring, language: Language) throws -> String
  static func alias(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language) throws -> String
  static func table(_ store: any IndicatorStoring, language: Language) throws -> Table
}

/// The words of a catalogue's subcommands: its noun (the argument naming an entry, and the noun
/// of messages), the subcommands' abstracts, and the help of `add`'s code and names.
struct CatalogueWords {
  var noun: String, chineseNoun: String, aliasExample: String
  var add: String, alias: String, rename: String, list: String
  var code: String, zh: String, en: String
}

extension Catalogue {
  /// `add`'s rule for its arguments: a new entry's code, or `--file`, not both; the code well-formed.
  static func checkCodeOrFile(_ code: String?, _ file: String?, _ language: Language) throws {
    let (noun, chinese) = (words.noun, words.chineseNoun)
    let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    switch (code, file) {
    case (nil, nil): throw ValidationError(language.pick("请给出\(chinese)代码，或 --file 目录文件", "give \(article) \(noun) code, or --file CSV"))
    case (.some, .some): throw ValidationError(language.pick("\(chinese)代码与 --file 只能给一个", "give \(article) \(noun) code or --file, not both"))
    case (.some(let code), nil) where !IndicatorDefinition.isValidCode(code):
      throw ValidationError(
        language.pick(
          "'\(ChineseText.excerpt(code))' 不是\(chinese)代码：代码由小写字母、数字和 _ 组成，以字母开头（中文名请用 --zh）",
          "'\(ChineseText.excerpt(code))' is not \(article) \(noun) code: lower-case letters, digits and _, starting with a letter (the Chinese name goes in --zh)"))
    default: break
    }
  }
}
