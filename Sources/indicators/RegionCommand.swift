import ArgumentParser
import IndicatorsCore
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
    subcommands: [Add.self, Rename.self, Alias.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a region, or the regions of a catalogue CSV file.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The new region's code (lower-case letters, digits, _), e.g. yibin.")
    var code: String?

    @Option(help: "Chinese name, e.g. 宜宾市 (default: the code).")
    var zh: String?

    @Option(help: "English name, e.g. Yibin (default: the code).")
    var en: String?

    @Option(help: "The region it belongs to (code, name or alias), e.g. sichuan.")
    var parent: String?

    @Option(name: .customLong("alias"), help: "Another name for it (repeatable).")
    var aliases: [String] = []

    @Option(help: ArgumentHelp("A catalogue CSV: code, name_zh, name_en, parent, aliases (or 代码, 中文名, 英文名, 上级, 别名); existing regions are updated.", valueName: "csv"))
    var file: String?

    func validate() throws {
      switch (code, file) {
      case (nil, nil): throw ValidationError(reading.language.pick("请给出地区代码，或 --file 目录文件", "give a region code, or --file CSV"))
      case (.some, .some): throw ValidationError(reading.language.pick("地区代码与 --file 只能给一个", "give a region code or --file, not both"))
      case (.some(let code), nil) where !IndicatorDefinition.isValidCode(code):
        throw ValidationError(
          reading.language.pick(
            "'\(ChineseText.excerpt(code))' 不是地区代码：代码由小写字母、数字和 _ 组成，以字母开头（中文名请用 --zh）",
            "'\(ChineseText.excerpt(code))' is not a region code: lower-case letters, digits and _, starting with a letter (the Chinese name goes in --zh)"))
      default: break
      }
    }

    func run() throws {
      let database = try store.open()
      if let file {
        Console.note(try CatalogueWorkflow.addRegions(file: file, to: database, language: reading.language))
      } else if let code {
        let region = RegionDefinition(code: code, nameZh: zh ?? code, nameEn: en ?? code, parent: parent, aliases: aliases)
        Console.note(try CatalogueWorkflow.addRegion(region, to: database, language: reading.language))
      }
    }
  }

  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Change a region's names or parent.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The region (code, name or alias).")
    var region: String

    @Option(help: "New Chinese name.")
    var zh: String?

    @Option(help: "New English name.")
    var en: String?

    @Option(help: "New parent region.")
    var parent: String?

    func run() throws {
      Console.note(try CatalogueWorkflow.renameRegion(region, nameZh: zh, nameEn: en, parent: parent, in: store.open(), language: reading.language))
    }
  }

  struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alias", abstract: "Give a region other names.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @Argument(help: "The region (code, name or alias).")
    var region: String

    @Argument(help: "The other names, e.g. 宜宾.")
    var aliases: [String]

    func run() throws {
      Console.note(try CatalogueWorkflow.aliasRegion(region, aliases, in: store.open(), language: reading.language))
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the regions (* marks the default).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      Console.output(output.render(try CatalogueWorkflow.regionTable(store.open())))
    }
  }
}
