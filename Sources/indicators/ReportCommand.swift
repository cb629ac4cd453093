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
      (−) say where the latest value sits on the required path. The probability is Platt-scaled as
      measured on the M3, M1, Tourism and economic series (make bench-targets, BENCHMARKS.md).

      How a target is measured depends on the series: levels by compound growth, a series of yearly
      growth rates by their geometric mean (年均增长7% on gdp_growth), shares and ratios by the change
      in points. A growth target on a current-price level uses the region's real-growth series when
      there is one (gdp → gdp_growth), else says the growth is nominal. An annual target whose year
      has year-to-date figures (2024YTD9) is projected from them: the full year and the growth the
      remaining months need. --regions puts regions side by side on the same targets.
      """)

  @OptionGroup var options: QueryOptions

  @Option(help: "Only this region (code or name).")
  var region: String?

  @Option(help: ArgumentHelp(
    "Regions side by side on the same targets, comma-separated codes or names (mianyang,chengdu,四川省).",
    valueName: "regions"))
  var regions: String?

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var out: String?

  func run() throws {
    if let regions {
      let comparison = try RegionComparison.assess(options.open(), regions: RegionComparison.names(regions), asOf: options.asOf)
      let text = options.output.format == .html ? comparison.html(chinese: options.output.chinese) : options.output.render(comparison.table(chinese: options.output.chinese))
      try Console.deliver(text, to: out, summary: "\(comparison.lines.count) targets in \(comparison.regions.count) regions")
      return
    }
    let report = try TargetReport.assess(options.open(), region: region, asOf: options.asOf)
    let language = options.output.language
    let table = options.output.isData ? report.dataTable(language: language) : report.table(language: language)
    let text: String
    switch options.output.format {
    case .html: text = report.html(language: language)
    case .table where out == nil && Console.colourOutput:
      let status = table.columns.firstIndex { $0.key == "status" }
      text = table.text(chineseHeaders: options.output.chinese) { row, column, cell in
        column == status ? Console.colour(cell, tone: report.rows[row].assessment.status.tone) : cell
      }
    default: text = options.output.render(table)
    }
    try Console.deliver(text, to: out, summary: Messages.targetsWritten(report.rows.count, language))
  }
}
