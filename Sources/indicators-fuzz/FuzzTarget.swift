import IndicatorsCSV
import IndicatorsCore

/// What the fuzzer feeds: bytes to one of the parsers that read what users write. Each run checks
/// the parser's promises beyond "no trap": a figure is finite, a period's year is in range and its
/// canonical text reads back as the same period, a date prints as it parses, a neutralized cell
/// restores to itself, and a CSV file that parses has only finite values.
enum FuzzTarget: String, CaseIterable {
  case csv, figure, period

  func run(_ bytes: [UInt8]) {
    switch self {
    case .csv:
      if let file = try? ObservationFile.parse(bytes: bytes, file: "fuzz.csv", targetRows: .collect) {
        for o in file.observations + file.targetRows {
          check(o.figure.value.isFinite, "a non-finite value was read from the file")
          check(SupportedRange.years.contains(o.period.year), "a period outside the supported years")
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      if let records = try? CSVReader.records(text, file: "fuzz.csv") {
        for field in records.flatMap(\.fields) {
          check(FormulaGuard.restore(FormulaGuard.neutralize(field)) == field, "neutralize/restore is not a round trip")
        }
      }
    case .figure:
      let text = String(decoding: bytes, as: UTF8.self)
      if let figure = try? Figure(parsing: text) {
        check(figure.value.isFinite, "'\(text)' gave a non-finite value")
      }
      if let number = DecimalText(text) { _ = number.doubleValue }
    case .period:
      let text = String(decoding: bytes, as: UTF8.self)
      if let period = try? Period(parsing: text) {
        check(SupportedRange.years.contains(period.year), "'\(text)' gave year \(period.year)")
        check((try? Period(parsing: period.canonical)) == period, "'\(period.canonical)' does not read back")
        check((try? Period(parsing: period.chinese)) == period, "'\(period.chinese)' does not read back")
      }
      if let date = CalendarDate(parsing: text) {
        check(CalendarDate(parsing: date.description) == date, "'\(date)' does not read back")
      }
    }
  }

  func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz \(rawValue): \(message())") }
  }
}
