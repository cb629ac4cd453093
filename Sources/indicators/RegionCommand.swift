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
    subcommands: [
      CatalogueAddCommand<Self>.self, CatalogueRenameCommand<Self>.self, CatalogueAliasCommand<Self>.self, CatalogueListCommand<Self>.self,
    ])

  /// `region add`'s options after the code and names.
  struct Details: ParsableArguments {
    @Option(help: "The region it belongs to (code, name or alias), e.g. sichuan.")
    var parent: String?

    @Option(name: .customLong("alias"), help: "Another name for it (repeatable).")
    var aliases: [String] = []

    @Option(help: ArgumentHelp("A catalogue CSV: code, name_zh, name_en, parent, aliases (or 代码, 中文名, 英文名, 上级, 别名); existing regions are updated.", valueName: "csv"))
    var file: String?
  }

  /// What `region rename` changes: the names, the parent.
  struct Renaming: ParsableArguments {
    @OptionGroup var names: NewNameOptions

    @Option(help: "New parent region.")
    var parent: String?
  }
}

extension RegionCommand: Catalogue {
  static let words = CatalogueWords(
    noun: "region", chineseNoun: "地区", aliasExample: "宜宾", add: "Add a region, or the regions of a catalogue CSV file.",
    alias: "Give a region other names.", rename: "Change a region's names or parent.", list: "List the regions (* marks the default).",
    code: "The new region's code (lower-case letters, digits, _), e.g. yibin.", zh: "Chinese name, e.g. 宜宾市 (default: the code).",
    en: "English name, e.g. Yibin (default: the code).")

  static func file(_ details: Details) -> String? { details.file }

  static func check(_ details: Details, _ language: Language) throws {}

  static func add(file: String, to store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.addRegions(file: file, to: store, language: language)
  }

  static func add(_ code: String, _ entry: NewEntryOptions<Self>, _ details: Details, to store: any IndicatorStoring, language: Language) throws -> String? {
    let region = RegionDefinition(code: code, nameZh: entry.zh ?? code, nameEn: entry.en ?? code, parent: details.parent, aliases: details.aliases)
    return try CatalogueWorkflow.addRegion(region, to: store, language: language)
  }

  static func rename(_ name: String, _ change: Renaming, in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.renameRegion(
      name, nameZh: change.names.zh, nameEn: change.names.en, parent: change.parent, in: store, language: language)
  }

  static func alias(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.aliasRegion(name, aliases, in: store, language: language)
  }

  static func table(_ store: any IndicatorStoring, language: Language) throws -> Table { try CatalogueWorkflow.regionTable(store) }
}
