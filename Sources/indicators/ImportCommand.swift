import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsWorkflows

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import observations from CSV files (long or wide layout).",
    discussion: """
      Long layout: one observation per row. Required columns: indicator, region, period, value
      (or 指标, 地区, 时期, 数值). Optional: unit (单位), qualifier (限定), status (状态),
      source (来源), source_url, published (发布日期), vintage, locator, note, kind.
      Wide layout: indicator and region columns plus one column per period (2021, 2022年, 2023Q1…).

      Values may be written as bulletins write them: 超100, 2900余, 近300, 1.02万, 约6%, 633亿元,
      同比增长6.0%, 近3亿美元 in a 万美元 column (30000), 0.38万亿元 in an 亿元 column (3800).
      A value of —, - or an empty cell means no data: the row is skipped and counted.
      Units convert within a kind (万元 → 亿元, 万美元 → 亿美元); other units are refused.
      Periods: 2023, 2023年全年, 2023Q1, 2023H1, 2023年上半年, 2023-03, 2023年1-11月 and
      2023年前三季度 (cumulative), 2021-2025.
      Indicators and regions are codes, names or aliases (see `indicators indicator list`);
      an unknown name is refused, an unknown code creates the indicator or region.
      Every mistake of a file (up to 50) is reported at once; --dry-run checks the catalogue too.
      Rows without a source take --source and --published (or 来源 and 发布日期 columns);
      the same figures imported again from a copy under another name add nothing.

      Each file is one transaction, read row by row: any bad row leaves the database unchanged, and a
      file that changes nothing writes nothing. A changed value adds
      a vintage (its published date, else today's date) and never overwrites the old one.
      Files in GBK/GB18030 (Excel's plain CSV on Chinese Windows) are detected and converted.
      `-` reads the file from standard input (indicators import - < data.csv).
      """)

  @OptionGroup var options: StoreLanguageOptions

  @Argument(help: "CSV files (- for standard input); each is imported in its own transaction.")
  var files: [String]

  @Flag(name: .customLong("skip-targets"), help: "Skip rows whose kind is 'target' instead of refusing the file.")
  var skipTargets = false

  @Flag(name: .customLong("dry-run"), help: "Check the files (form and catalogue) without writing.")
  var dryRun = false

  @Option(name: .customLong("source"), help: ArgumentHelp("The source of rows that name none (来源), e.g. 宜宾市2024年统计公报.", valueName: "title"))
  var sourceTitle: String?

  @Option(name: .customLong("source-url"), help: ArgumentHelp("The URL or file of rows that name none (链接).", valueName: "url"))
  var sourceURL: String?

  @Option(name: .customLong("published"), help: ArgumentHelp("The publication date of rows that give none (发布日期): YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
  var published: String?

  func validate() throws {
    if files.filter({ $0 == ImportWorkflow.standardInputArgument }).count > 1 {
      throw ValidationError(options.language.pick("'-'（标准输入）只能给一次", "'-' (standard input) can be given only once"))
    }
    if let published, CalendarDate(parsing: published) == nil {
      throw ValidationError(
        options.language.pick(
          "--published：'\(ChineseText.excerpt(published))' 不是日期；\(Messages.dateHint(.zh))",
          "--published: '\(ChineseText.excerpt(published))' is not a date; \(CalendarDate.formatHint)"))
    }
  }

  var sourceDefaults: SourceReference {
    SourceReference(title: sourceTitle ?? "", location: sourceURL ?? "", published: published ?? "")
  }

  func run() throws {
    let inputs = try ImportWorkflow.inputs(files) { try FileHandle.standardInput.readToEnd() ?? Data() }
    try ImportWorkflow.importInputs(
      inputs, into: options.open(), dryRun: dryRun, skipTargets: skipTargets, sourceDefaults: sourceDefaults, language: options.language,
      say: Console.show)
  }
}
