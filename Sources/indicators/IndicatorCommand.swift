import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

extension MeasureKind: ExpressibleByArgument {}

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
    subcommands: [
      CatalogueAddCommand<Self>.self, CatalogueAliasCommand<Self>.self, CatalogueRenameCommand<Self>.self, CatalogueListCommand<Self>.self,
    ])

  /// `indicator add`'s options after the code and names.
  struct Details: ParsableArguments {
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
  }
}
