import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

struct IndicatorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicator", abstract: "Add, name and list indicators.",
    discussion: """
      An indicator has a code, a Chinese and an English name, a unit, a measure kind and any
      number of aliases; every one of them works wherever an indicator is named: command
      arguments, the indicator column of a CSV.
        indicators indicator add gdp_per_capita --zh 人均地区生产总值 --en "GDP per capita" --unit 元
        indicators indicator alias rd_intensity R&D经费投入强度
        indicators indicator add --file indicators.csv   (code,name_zh,name_en,unit,measure_kind,price_basis,notes,aliases)
      """,
    subcommands: [Add.self, CatalogueAliasCommand<Self>.self, CatalogueRenameCommand<Self>.self, CatalogueListCommand<Self>.self])

}

extension IndicatorCommand: Catalogue {
  static let noun = "indicator"
  static let chineseNoun = "指标"
  static let aliasAbstract = "Give an indicator other names."
  static let aliasExample = "GDP增速"
  static let listAbstract = "List the indicators with their names, units and aliases."
  static let renameAbstract = "Change an indicator's names."
  static let codeHelp = "The new indicator's code (lower-case letters, digits, _)."
  static let zhHelp = "Chinese name (default: the code)."
  static let enHelp = "English name (default: the code)."

  static func rename(_ name: String, _ change: NewNameOptions, in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.renameIndicator(name, nameZh: change.zh, nameEn: change.en, in: store, language: language)
  }

  static func alias(_ name: String, _ aliases: [String], in store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.aliasIndicator(name, aliases, in: store, language: language)
  }

  static func table(_ store: any IndicatorStoring, language: Language) throws -> Table {
    try CatalogueWorkflow.indicatorTable(store, language: language)
  }
}
