import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

extension IndicatorCommand: Catalogue {
  static let words = CatalogueWords(
    noun: "indicator", chineseNoun: "指标", aliasExample: "GDP增速", add: "Add an indicator, or the indicators of a catalogue CSV file.",
    alias: "Give an indicator other names.", rename: "Change an indicator's names.", list: "List the indicators with their names, units and aliases.",
    code: "The new indicator's code (lower-case letters, digits, _).", zh: "Chinese name (default: the code).", en: "English name (default: the code).")

  static func file(_ details: Details) -> String? { details.file }

  /// A new indicator needs a unit, one the catalogue knows.
  static func check(_ details: Details, _ language: Language) throws {
    guard let unit = details.unit else {
      throw ValidationError(language.pick("新指标需要 --unit（亿元、%、家……）", "--unit is required for a new indicator (亿元, %, 家 …)"))
    }
    guard details.parsedUnit != nil else {
      throw ValidationError(language.pick("--unit：不认识的单位 '\(ChineseText.excerpt(unit))'", "--unit: unknown unit '\(ChineseText.excerpt(unit))'"))
    }
  }

  static func add(file: String, to store: any IndicatorStoring, language: Language) throws -> String {
    try CatalogueWorkflow.addIndicators(file: file, to: store, language: language)
  }

  static func add(_ code: String, _ entry: NewEntryOptions<Self>, _ details: Details, to store: any IndicatorStoring, language: Language) throws -> String? {
    guard let unit = details.parsedUnit else { return nil }
    let indicator = IndicatorDefinition(
      code: code, nameZh: entry.zh ?? code, nameEn: entry.en ?? code, unit: unit, measureKind: details.kind ?? unit.measureKind,
      priceBasis: details.priceBasis, notes: details.notes, aliases: details.aliases)
    return try CatalogueWorkflow.addIndicator(indicator, to: store, language: language)
  }

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
