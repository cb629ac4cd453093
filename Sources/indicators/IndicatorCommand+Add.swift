import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

extension MeasureKind: ExpressibleByArgument {}

extension IndicatorCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add an indicator, or the indicators of a catalogue CSV file.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @OptionGroup var entry: NewEntryOptions<IndicatorCommand>

    @Option(help: "Unit: 亿元, 万美元, %, 个百分点, 家, 人 …")
    var unit: String?

    @Option(help: "Measure kind (default: from the unit: level for money, rate for %, count for 家).")
    var kind: MeasureKind?

    @Option(name: .customLong("price-basis"), help: "current or constant, where it matters.")
    var priceBasis: String = ""

    @Option(help: "Notes.")
    var notes: String = ""

    @Option(name: .customLong("alias"), help: "Another name for it (repeatable), e.g. GDP增速.")
    var aliases: [String] = []

    @Option(help: ArgumentHelp("A catalogue CSV: code, name_zh, name_en, unit, measure_kind, price_basis, notes, aliases (or 代码, 中文名, 英文名, 单位, 类型, 价格, 备注, 别名); existing indicators are updated.", valueName: "csv"))
    var file: String?

    var parsedUnit: MeasurementUnit? { unit.flatMap(MeasurementUnit.init(symbol:)) }

    func validate() throws {
      try IndicatorCommand.checkCodeOrFile(entry.code, file, reading.language)
      guard entry.code != nil, file == nil else { return }
      guard let unit else { throw ValidationError(said("新指标需要 --unit（亿元、%、家……）", "--unit is required for a new indicator (亿元, %, 家 …)")) }
      guard parsedUnit != nil else {
        throw ValidationError(said("--unit：不认识的单位 '\(ChineseText.excerpt(unit))'", "--unit: unknown unit '\(ChineseText.excerpt(unit))'"))
      }
    }

    func said(_ zh: String, _ en: String) -> String { reading.language.pick(zh, en) }

    func run() throws {
      let database = try store.open()
      if let file {
        Console.note(try CatalogueWorkflow.addIndicators(file: file, to: database, language: reading.language))
      } else if let code = entry.code, let unit = parsedUnit {
        let indicator = IndicatorDefinition(
          code: code, nameZh: entry.zh ?? code, nameEn: entry.en ?? code, unit: unit, measureKind: kind ?? unit.measureKind,
          priceBasis: priceBasis, notes: notes, aliases: aliases)
        Console.note(try CatalogueWorkflow.addIndicator(indicator, to: database, language: reading.language))
      }
    }
  }
}
