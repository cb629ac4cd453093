import ArgumentParser
import Foundation
import IndicatorsCSV
import IndicatorsReports

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json, markdown, html
}

enum HeaderLanguage: String, ExpressibleByArgument, CaseIterable {
  case zh, en
}

/// `--format`, `--lang` and `--no-bom`: how a table is written to stdout.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(help: "Header language (default: zh when LANG starts with zh, else en).")
  var lang: HeaderLanguage?

  @Flag(name: .customLong("no-bom"), help: "CSV without the UTF-8 byte-order mark (the mark makes Excel on Chinese Windows read UTF-8).")
  var noBOM = false

  var chinese: Bool {
    if let lang { return lang == .zh }
    let environment = ProcessInfo.processInfo.environment
    let locale = environment["LC_ALL"] ?? environment["LANG"] ?? ""
    return locale.hasPrefix("zh")
  }

  func render(_ table: Table) -> String {
    switch format {
    case .table: table.text(chineseHeaders: chinese)
    case .markdown: table.markdown(chineseHeaders: chinese)
    case .html: HTMLReport.render(title: "indicators", subtitle: "", summary: table, sections: [], chineseHeaders: chinese)
    case .json: table.json()
    case .csv:
      CSVWriter(byteOrderMark: !noBOM).write(header: table.headers(chinese: chinese), rows: table.rows.map { $0.map(\.exact) })
    }
  }
}
