import IndicatorsCSV
import IndicatorsReports

extension Table {
  /// The table as spreadsheet CSV (`CSVWriter`: CRLF, quoting where needed, formula-like text
  /// neutralized, a UTF-8 byte-order mark unless `byteOrderMark` is false): headers in Chinese or
  /// English, cells at full precision (`Cell.exact`). What `--format csv` writes and what the
  /// dashboard's downloads serve, byte for byte.
  package func csv(chinese: Bool, byteOrderMark: Bool = true) -> String {
    CSVWriter(byteOrderMark: byteOrderMark).write(header: headers(chinese: chinese), rows: rows.map { $0.map(\.exact) })
  }
}
