import ArgumentParser
import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsReports
import IndicatorsWorkflows

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json, markdown, html
}

enum HeaderLanguage: String, ExpressibleByArgument, CaseIterable {
  case zh, en

  /// The language given, else the environment's (`zh` when LC_ALL or LANG starts with zh).
  static func resolve(_ given: HeaderLanguage?) -> Language {
    given.map { $0 == .zh ? .zh : .en } ?? Language.from(environment: ProcessInfo.processInfo.environment)
  }
}

/// `--lang` alone, for commands whose output has words but no format (chart).
struct LanguageOptions: ParsableArguments {
  @Option(help: "Language of titles, labels and messages (default: zh when LANG starts with zh, else en).")
  var lang: HeaderLanguage?

  var language: Language { HeaderLanguage.resolve(lang) }
}

/// `--format`, `--lang` and `--no-bom`: how a table is written to stdout.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(help: "Language of headers, words and messages (default: zh when LANG starts with zh, else en). JSON keys are English either way.")
  var lang: HeaderLanguage?

  @Flag(name: .customLong("no-bom"), help: "CSV without the UTF-8 byte-order mark (the mark makes Excel on Chinese Windows read UTF-8).")
  var noBOM = false

  var language: Language { HeaderLanguage.resolve(lang) }

  var chinese: Bool { language == .zh }

  /// Whether the output is for programs (CSV, JSON): codes and full numbers, not words.
  var isData: Bool { format == .csv || format == .json }

  func render(_ table: Table) -> String {
    switch format {
    case .table: table.text(chineseHeaders: chinese)
    case .markdown: table.markdown(chineseHeaders: chinese)
    case .html: HTMLReport.render(title: "indicators", subtitle: "", summary: table, sections: [], language: language)
    case .json: table.json()
    case .csv: table.csv(chinese: chinese, byteOrderMark: !noBOM)
    }
  }
}

/// `--no-bom` and `--out`: how `export` and `extract` write their CSV, and where.
struct FileOutputOptions: ParsableArguments {
  @Flag(name: .customLong("no-bom"), help: "CSV without the UTF-8 byte-order mark.")
  var noBOM = false

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var out: String?
}
