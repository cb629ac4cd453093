import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

extension RegionCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a region, or the regions of a catalogue CSV file.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var reading: LanguageOptions

    @OptionGroup var entry: NewEntryOptions<RegionCommand>

    @Option(help: "The region it belongs to (code, name or alias), e.g. sichuan.")
    var parent: String?

    @Option(name: .customLong("alias"), help: "Another name for it (repeatable).")
    var aliases: [String] = []

    @Option(help: ArgumentHelp("A catalogue CSV: code, name_zh, name_en, parent, aliases (or 代码, 中文名, 英文名, 上级, 别名); existing regions are updated.", valueName: "csv"))
    var file: String?

    func validate() throws { try RegionCommand.checkCodeOrFile(entry.code, file, reading.language) }

    func run() throws {
      let database = try store.open()
      if let file {
        Console.note(try CatalogueWorkflow.addRegions(file: file, to: database, language: reading.language))
      } else if let code = entry.code {
        let region = RegionDefinition(code: code, nameZh: entry.zh ?? code, nameEn: entry.en ?? code, parent: parent, aliases: aliases)
        Console.note(try CatalogueWorkflow.addRegion(region, to: database, language: reading.language))
      }
    }
  }
}
