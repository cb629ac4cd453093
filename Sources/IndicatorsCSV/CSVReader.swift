import Foundation
import IndicatorsCore

/// Reads CSV as RFC 4180 describes it: comma-separated fields, double quotes around fields that
/// hold commas, quotes or line breaks, `""` for a quote inside quotes, CRLF, LF or CR line ends.
/// Blank lines are skipped. Each record remembers the line it starts on, for messages.
package enum CSVReader {
  /// Every record of a text.
  package static func records(_ text: String, file: String) throws(InputError) -> [CSVRecord] {
    var reader = CSVRecordReader(bytes: Array(text.utf8), file: file)
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
  }
}

/// The records of UTF-8 bytes, one at a time, read from memory or from a file in fixed-size
/// chunks: memory stays the same whatever the size of the file.
///
/// The bytes must be valid UTF-8 (`TextDecoding` checks a file first): fields are decoded
/// without a second check.
package struct CSVRecordReader {
  private enum Input {
    case memory
    case file(FileHandle)
  }

  private let input: Input
  private let file: String
  private var buffer: [UInt8]
  private var position = 0
  private var field: [UInt8] = []
  /// An unquoted field decoded in one piece from the buffer (see `plainFieldEnd`), which
  /// `endField` takes instead of `field`.
  private var wholeField: String?
  private var line = 1
  /// A byte read ahead (after a lone CR) that belongs to the next record.
  private var pending: UInt8?
  /// The most fields a record has had: each record's array is made that large at once instead of
  /// growing (four reallocations for a five-column row, 7% of a dry run).
  private var widestRecord = 8

  /// The chunk read from a file at a time.
  static let chunkSize = 1 << 20

  package init(bytes: [UInt8], file: String) {
    self.input = .memory
    self.buffer = bytes
    self.file = file
  }

  /// Reads from `handle`'s current offset to its end.
  package init(handle: FileHandle, file: String) {
    self.input = .file(handle)
    self.buffer = []
    self.file = file
  }

  @inline(__always)
  private mutating func nextByte() -> UInt8? {
    if position == buffer.count {
      guard case .file(let handle) = input, let data = try? handle.read(upToCount: Self.chunkSize), !data.isEmpty else {
        return nil
      }
      buffer = [UInt8](data)
      position = 0
    }
    defer { position += 1 }
    return buffer[position]
  }

  private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

  /// Where the unquoted field going on at `start` ends (the comma or line end after it), if that
  /// is in the buffer; nil if the buffer ends first.
  private func plainFieldEnd(from start: Int) -> Int? {
    var end = start
    while end < buffer.count {
      switch buffer[end] {
      case UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return end
      default: end += 1
      }
    }
    return nil
  }

  /// The next record that is not blank, or nil at the end.
  package mutating func next() throws(InputError) -> CSVRecord? {
    var fields: [String] = []
    fields.reserveCapacity(widestRecord)
    var recordLine = line
    var quoteLine = 0
    var state = State.fieldStart

    func endField(_ fields: inout [String], _ field: inout [UInt8]) {
      if let whole = wholeField {
        fields.append(whole)
        wholeField = nil
        return
      }
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func isBlank(_ fields: [String]) -> Bool { fields.count == 1 && fields[0].trimmingWhitespace().isEmpty }

    while true {
      let c: UInt8
      let readAhead = pending != nil
      if let byte = pending ?? nextByte() { c = byte } else { break }
      pending = nil
      switch state {
      case .fieldStart, .unquoted:
        switch c {
        case UInt8(ascii: "\"") where state == .fieldStart:
          state = .quoted
          quoteLine = line
        case UInt8(ascii: ","):
          endField(&fields, &field)
          state = .fieldStart
        case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
          if c == UInt8(ascii: "\r") {
            let next = nextByte()
            if next != UInt8(ascii: "\n") { pending = next }
          }
          endField(&fields, &field)
          line += 1
          if !isBlank(fields) {
            widestRecord = max(widestRecord, fields.count)
            return CSVRecord(fields: fields, line: recordLine)
          }
          fields.removeAll(keepingCapacity: true)
          recordLine = line
          state = .fieldStart
        default:
          // Most fields are unquoted and end inside the buffer: decoded in one piece, not
          // appended byte by byte.
          if state == .fieldStart, !readAhead, let end = plainFieldEnd(from: position) {
            wholeField = String(decoding: buffer[(position - 1)..<end], as: UTF8.self)
            position = end
          } else {
            field.append(c)
          }
          state = .unquoted
        }
      case .quoted:
        if c == UInt8(ascii: "\"") {
          state = .quoteInQuoted
        } else {
          if c == UInt8(ascii: "\n") { line += 1 }
          field.append(c)
        }
      case .quoteInQuoted:
        switch c {
        case UInt8(ascii: "\""):
          field.append(c)
          state = .quoted
        case UInt8(ascii: ","):
          endField(&fields, &field)
          state = .fieldStart
        case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
          pending = c
          state = .unquoted
        default:
          // The whole character after the quote, for the message.
          var character = [c]
          if c >= 0xC0 {
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            while character.count < length, let next = nextByte() { character.append(next) }
          }
          throw InputError(
            InputLocation(file: file, line: line, column: fields.count + 1),
            "text after a closing quote in field \(fields.count + 1) ('\"\(String(decoding: field, as: UTF8.self))\"\(String(decoding: character, as: UTF8.self))'); put the whole field in quotes and double any quote inside it")
        }
      }
    }
    if state == .quoted {
      throw InputError(
        InputLocation(file: file, line: quoteLine, column: fields.count + 1),
        "a quote opened in field \(fields.count + 1) is never closed")
    }
    guard !(fields.isEmpty && field.isEmpty) else { return nil }
    endField(&fields, &field)
    return isBlank(fields) ? nil : CSVRecord(fields: fields, line: recordLine)
  }
}
