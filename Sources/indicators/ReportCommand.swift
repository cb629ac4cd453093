import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Progress of every plan target: status, required vs actual growth, projection, probability.",
    discussion: """
      Status follows Eurostat's method for quantified targets: the ratio of the actual average growth
      since the base year to the growth required to reach the target on time — on track (≥ 95%), needs
      acceleration (60–95%), limited progress (0–60%), moving away (< 0); targets whose due year has
      data are met or missed. The projection and the probability of meeting the target come from the
      `auto` forecast of the series (intervals calibrated on its own history). Years ahead (+) or behind
      (−) say where the latest value sits on the required path.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Only this region (code or name).")
  var region: String?

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var out: String?

  func run() throws {
    let report = try TargetReport.assess(store.open(), region: region, asOf: vintage.asOf)
    let language = output.language
    let table = output.isData ? report.dataTable(language: language) : report.table(language: language)
    let text: String
    switch output.format {
    case .html: text = report.html(language: language)
    case .table where out == nil && Console.colourOutput:
      let status = table.columns.firstIndex { $0.key == "status" }
      text = table.text(chineseHeaders: output.chinese) { row, column, cell in
        column == status ? Console.colour(cell, tone: report.rows[row].assessment.status.tone) : cell
      }
    default: text = output.render(table)
    }
    try Console.deliver(text, to: out, summary: Messages.targetsWritten(report.rows.count, language))
  }
}
