import ArgumentParser
import IndicatorsCore
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
    subcommands: [Add.self, Alias.self, Rename.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add an indicator, or the indicators of a catalogue CSV file.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The new indicator's code (lower-case letters, digits, _).")
    var code: String?

    @Option(help: "Chinese name (default: the code).")
    var zh: String?

    @Option(help: "English name (default: the code).")
    var en: String?

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
      switch (code, file) {
      case (nil, nil): throw ValidationError(said("请给出指标代码，或 --file 目录文件", "give an indicator code, or --file CSV"))
      case (.some, .some): throw ValidationError(said("指标代码与 --file 只能给一个", "give an indicator code or --file, not both"))
      case (.some(let code), nil):
        guard IndicatorDefinition.isValidCode(code) else {
          throw ValidationError(
            said(
              "'\(ChineseText.excerpt(code))' 不是指标代码：代码由小写字母、数字和 _ 组成，以字母开头（中文名请用 --zh）",
              "'\(ChineseText.excerpt(code))' is not an indicator code: lower-case letters, digits and _, starting with a letter (the Chinese name goes in --zh)"))
        }
        guard let unit else { throw ValidationError(said("新指标需要 --unit（亿元、%、家……）", "--unit is required for a new indicator (亿元, %, 家 …)")) }
        guard parsedUnit != nil else {
          throw ValidationError(said("--unit：不认识的单位 '\(ChineseText.excerpt(unit))'", "--unit: unknown unit '\(ChineseText.excerpt(unit))'"))
        }
      default: break
      }
    }

    func said(_ zh: String, _ en: String) -> String { reading.language.pick(zh, en) }

    func run() throws {
      let database = try store.open()
      if let file {
        Console.note(try CatalogueWorkflow.addIndicators(file: file, to: database, language: reading.language))
      } else if let code, let unit = parsedUnit {
        let indicator = IndicatorDefinition(
          code: code, nameZh: zh ?? code, nameEn: en ?? code, unit: unit, measureKind: kind ?? unit.measureKind,
          priceBasis: priceBasis, notes: notes, aliases: aliases)
        Console.note(try CatalogueWorkflow.addIndicator(indicator, to: database, language: reading.language))
      }
    }
  }

  struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alias", abstract: "Give an indicator other names.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The indicator (code, name or alias).")
    var indicator: String

    @Argument(help: "The other names, e.g. GDP增速.")
    var aliases: [String]

    func run() throws {
      Console.note(try CatalogueWorkflow.aliasIndicator(indicator, aliases, in: store.open(), language: reading.language))
    }
  }

  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Change an indicator's names.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The indicator (code, name or alias).")
    var indicator: String

    @Option(help: "New Chinese name.")
    var zh: String?

    @Option(help: "New English name.")
    var en: String?

    func run() throws {
      Console.note(try CatalogueWorkflow.renameIndicator(indicator, nameZh: zh, nameEn: en, in: store.open(), language: reading.language))
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the indicators with their names, units and aliases.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      Console.output(output.render(try CatalogueWorkflow.indicatorTable(store.open(), language: output.language)))
    }
  }
}
