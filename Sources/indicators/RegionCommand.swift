import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

struct RegionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "region", abstract: "Add, rename and list regions (cities, zones, provinces).",
    discussion: """
      A region has a code (lower-case letters, digits, _), a Chinese and an English name, a parent
      and any number of aliases; every one of them works wherever a region is named: --region,
      the region column of a CSV, `config set region`.
        indicators region add yibin --zh 宜宾市 --en Yibin --parent sichuan --alias 宜宾
        indicators region add --file regions.csv     (code,name_zh,name_en,parent,aliases)
      """,
    subcommands: [Add.self, CatalogueRenameCommand<Self>.self, CatalogueAliasCommand<Self>.self, CatalogueListCommand<Self>.self])

  /// What `region rename` changes: the names, the parent.
  struct Renaming: ParsableArguments {
    @OptionGroup var names: NewNameOptions

    @Option(help: "New parent region.")
    var parent: String?
  }
}

extension RegionCommand: Catalogue {
  static let noun = "region"
  static let chineseNoun = "地区"
  static let aliasAbstract = "Give a region other names."
  static let aliasExample = "宜宾"
  static let listAbstract = "List the regions (* marks the default)."
  static let renameAbstract = "Change a region's names or parent."
  static let codeHelp = "The new region's code (lower-case letters, digits, _), e.g. yibin."
  static let zhHelp = "Chinese name, e.g. 宜宾市 (default: the code)."
  static let enHelp = "English name, e.g. Yibin (default: the code)."

  static func rename(_ name: String, _ change: Renaming, in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.renameRegion(
      name, nameZh: change.names.zh, nameEn: change.names.en, parent: change.parent, in: store, language: language)
  }

  static func alias(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.aliasRegion(name, aliases, in: store, language: language)
  }

  static func table(_ store: any IndicatorStoring, language: Language) throws -> Table { try CatalogueWorkflow.regionTable(store) }
}
