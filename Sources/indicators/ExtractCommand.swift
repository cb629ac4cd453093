import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Read figures out of Chinese bulletins, reports and news into a CSV to review and import.",
    discussion: """
      Writes the long layout `indicators import` reads (indicator, region, period, value, unit, \
      qualifier, status, kind, source, source_url, published, locator, note), one row per figure, \
      with the sentence it came from in `locator`; a `file` column comes first when several files \
      are given. Nothing is written to the database: review the CSV, then `indicators import` it.

      Rows with kind `target` are plan figures (力争, 目标, 预期 …); `import` refuses them, and \
      --skip-targets imports the observations without them. A figure whose indicator is not in \
      the catalogue is kept with a proposed code written `review:<code>` and its Chinese words in \
      `note`; `import` refuses such rows until you replace the code with a catalogue code, or drop \
      `review:` to create the indicator.

      Periods (全年, 前三季度 = YTD9, 1-11月 = YTD11, 上半年 and 1-6月 = H1, 一季度 and 1-3月 = Q1) are read against the last year the text \
      states, else --year, else the year of the text's title or opening lines, else the year of \
      --published. Without --region the region is the place the text's title or opening lines \
      name (江苏省苏州市…公报 → suzhou; any province, prefecture or county-level city); without \
      --published the `published` column is a date the text prints, else empty. A text that states \
      neither its region nor its year, when no flag gives them, is refused with a message saying \
      which flag to give. Input may be UTF-8 or GB18030/GBK.
      """)

  @Argument(help: "Text files (UTF-8 or GB18030).")
  var files: [String]

  @Option(help: ArgumentHelp("The region the texts are about (全市/全区 mean it; 全省 its province). Default: the place the text names.", valueName: "code"))
  var region: String?

  @Option(help: ArgumentHelp("Publication date: 2025-04-07, 2025-04 or 2025. Default: a date the text prints.", valueName: "date"))
  var published: String?

  @Option(help: ArgumentHelp("Source title, e.g. 德阳市统计局.", valueName: "title"))
  var source: String

  @Option(name: .customLong("source-url"), help: ArgumentHelp("Source URL.", valueName: "url"))
  var sourceURL: String = ""

  @Option(help: "The year 全年/前三季度 refer to when the text states none (default: the year of --published).")
  var year: Int?

  @Option(help: "csv or json.")
  var format: ExtractFormat = .csv

  @OptionGroup var writing: FileOutputOptions

  @OptionGroup var reading: LanguageOptions

  enum ExtractFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

  func validate() throws {
    if let problem = ExtractWorkflow.publishedProblem(published, year: year, reading.language) { throw ValidationError(problem) }
  }

  func run() throws {
    let workflow = ExtractWorkflow(region: region, published: published, source: source, sourceURL: sourceURL, defaultYear: year)
    let result = try workflow.run(ExtractWorkflow.read(files), language: reading.language)
    Console.show(result.notices)
    let text = format == .json ? workflow.json(result) : workflow.csv(result, byteOrderMark: !writing.noBOM)
    try Console.deliver(text, to: writing.out, summary: Messages.rows(result.found.count, reading.language))
  }
}
