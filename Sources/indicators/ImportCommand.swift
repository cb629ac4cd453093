import ArgumentParser
import Foundation
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

      Values may be written as sources write them: 超100, 2900余, 近300, 1.02万, 约6%, 633亿元.
      Units convert within a kind (万元 → 亿元, 万美元 → 亿美元); other units are refused.
      Periods: 2023, 2023Q1, 2023H1, 2023-03, 2023年1-11月 (cumulative), 2021-2025.

      Each file is one transaction, read row by row: any bad row leaves the database unchanged, and a
      file that changes nothing writes nothing. A changed value adds
      a vintage (its published date, else today's date) and never overwrites the old one.
      Files in GBK/GB18030 (Excel's plain CSV on Chinese Windows) are detected and converted.
      `-` reads the file from standard input (indicators import - < data.csv).
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: "CSV files (- for standard input); each is imported in its own transaction.")
  var files: [String]

  @Flag(name: .customLong("skip-targets"), help: "Skip rows whose kind is 'target' instead of refusing the file.")
  var skipTargets = false

  @Flag(name: .customLong("dry-run"), help: "Check the files and report what would change, without writing.")
  var dryRun = false

  func validate() throws {
    if files.filter({ $0 == ImportWorkflow.standardInputArgument }).count > 1 {
      throw ValidationError("'-' (standard input) can be given only once")
    }
  }

  func run() throws {
    let inputs = try ImportWorkflow.inputs(files) { try FileHandle.standardInput.readToEnd() ?? Data() }
    // Several inputs: every one is read and checked before the first is imported.
    if dryRun || inputs.count > 1 {
      for input in inputs {
        let (notices, summary) = try ImportWorkflow.check(input, skipTargets: skipTargets)
        if dryRun { Console.show(notices); Console.note(summary) }
      }
    }
    let database = try store.open()
    guard !dryRun else { return }
    for input in inputs {
      var reader = try ImportWorkflow.open(input, skipTargets: skipTargets)
      Console.show(ImportWorkflow.notices(input.name, encoding: reader.encoding, ignoredColumns: reader.ignoredColumns))
      Console.note(try ImportWorkflow.load(input.name, &reader, into: database))
    }
  }
}
