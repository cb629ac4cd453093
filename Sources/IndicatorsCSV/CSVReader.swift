import IndicatorsCore

/// Reads CSV as RFC 4180 describes it: comma-separated fields, double quotes around fields that
/// hold commas, quotes or line breaks, `""` for a quote inside quotes, CRLF or LF line ends.
/// Blank lines are skipped. Each record remembers the line it starts on, for messages.
package enum CSVReader {
  package static func records(_ text: String, file: String) throws(InputError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var quoteLine = 0
    enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    var state = State.fieldStart

    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].trimmingWhitespace().isEmpty) {
        records.append(CSVRecord(fields: fields, line: recordLine))
      }
      fields = []
    }

    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? scalars.next() {
      pending = nil
      switch state {
      case .fieldStart, .unquoted:
        switch c {
        case "\"" where state == .fieldStart:
          state = .quoted
          quoteLine = line
        case ",":
          endField()
          state = .fieldStart
        case "\r", "\n":
          if c == "\r" {
            let next = scalars.next()
            if next != "\n" { pending = next }
          }
          endRecord()
          line += 1
          recordLine = line
          state = .fieldStart
        default:
          field.append(c)
          state = .unquoted
        }
      case .quoted:
        if c == "\"" {
          state = .quoteInQuoted
        } else {
          if c == "\n" { line += 1 }
          field.append(c)
        }
      case .quoteInQuoted:
        switch c {
        case "\"":
          field.append(c)
          state = .quoted
        case ",":
          endField()
          state = .fieldStart
        case "\r", "\n":
          pending = c
          state = .unquoted
        default:
          throw InputError(
            InputLocation(file: file, line: line, column: fields.count + 1),
            "text after a closing quote in field \(fields.count + 1) ('\"\(String(field))\"\(Character(c))'); put the whole field in quotes and double any quote inside it")
        }
      }
    }
    if state == .quoted {
      throw InputError(
        InputLocation(file: file, line: quoteLine, column: fields.count + 1),
        "a quote opened in field \(fields.count + 1) is never closed")
    }
    if !(fields.isEmpty && field.isEmpty) { endRecord() }
    return records
  }
}
