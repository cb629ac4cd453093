#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import IndicatorsCore

/// The text encodings an input file may arrive in.
package enum SourceEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case gb18030 = "GB18030 (GBK)"
}

/// Turns a file's bytes into text. UTF-8 (with or without a byte-order mark) is read as is. A file
/// that is not UTF-8 but decodes as GB18030 — a superset of GBK, what Excel's plain "CSV" writes on
/// Chinese Windows — is converted with the C library's iconv. Anything else — UTF-16 or UTF-32
/// (with or without a byte-order mark), binary files with NUL bytes, undecodable bytes — is
/// refused with a message saying what the file is and how to convert it.
package enum TextDecoding {
  package static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> (text: String, encoding: SourceEncoding) {
    if let wide = wideEncoding(bytes) {
      throw InputError(
        InputLocation(file: file, line: 1),
        "the file is \(wide); save it as 'CSV UTF-8' in Excel, or convert it: iconv -f \(wide.split(separator: " ")[0]) -t UTF-8 '\(file)' > converted.csv"
      )
    }
    if let zero = bytes.firstIndex(of: 0) {
      let line = bytes[..<zero].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw InputError(
        InputLocation(file: file, line: line),
        "the file holds a NUL byte at offset \(zero): it is not a text (CSV) file")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (text, .utf8WithBOM) }
    } else if let text = String(validating: bytes, as: UTF8.self) {
      return (text, .utf8)
    }
    if let text = gb18030(bytes) { return (text, .gb18030) }
    let offset = firstInvalidUTF8Offset(bytes)
    let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    throw InputError(
      InputLocation(file: file, line: line),
      "the file is neither UTF-8 nor GBK/GB18030 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset)); save it as 'CSV UTF-8'"
    )
  }

  /// `UTF-16LE`, `UTF-32BE` … with or without a byte-order mark, or nil for a byte-oriented file.
  /// Without a mark the zero bytes tell: text in UTF-16 has a zero beside nearly every ASCII
  /// character, UTF-32 three of them.
  static func wideEncoding(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    let sample = bytes.prefix(4096)
    guard sample.count >= 4, sample.contains(0) else { return nil }
    func zeros(_ phase: Int, _ period: Int) -> Int {
      stride(from: sample.startIndex + phase, to: sample.endIndex, by: period).filter { sample[$0] == 0 }.count
    }
    let quads = sample.count / 4
    let pairs = sample.count / 2
    if zeros(1, 4) + zeros(2, 4) + zeros(3, 4) >= quads * 3 * 9 / 10 { return "UTF-32LE (no byte-order mark)" }
    if zeros(0, 4) + zeros(1, 4) + zeros(2, 4) >= quads * 3 * 9 / 10 { return "UTF-32BE (no byte-order mark)" }
    if zeros(1, 2) >= pairs / 2 { return "UTF-16LE (no byte-order mark)" }
    if zeros(0, 2) >= pairs / 2 { return "UTF-16BE (no byte-order mark)" }
    return nil
  }

  /// Decodes GB18030 with iconv, or returns nil if the bytes are not valid GB18030.
  static func gb18030(_ bytes: [UInt8]) -> String? {
    let converter = iconv_open("UTF-8", "GB18030")
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
    let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
      output.withUnsafeMutableBufferPointer { outBuf -> Int? in
        var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
        var inLeft = inBuf.count
        var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
        var outLeft = outBuf.count
        let result = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
        guard result != -1, inLeft == 0 else { return nil }
        return outBuf.count - outLeft
      }
    }
    guard let length = ok else { return nil }
    return String(validating: output[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The offset of the first byte that does not start or continue a UTF-8 sequence (for messages).
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let length: Int
      switch bytes[i] {
      case 0..<0x80: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return i
      }
      guard i + length <= bytes.count else { return i }
      for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return max(0, bytes.count - 1)
  }
}

extension TextDecoding {
  /// A file's records, read as `decode` reads bytes but without holding the file: a UTF-8 file
  /// (the usual case) is checked chunk by chunk and then read chunk by chunk; only a file in
  /// another encoding (GB18030 from Excel, small in practice) is read whole and converted.
  package static func records(
    path: String, file: String
  ) throws(InputError) -> (records: CSVRecordReader, encoding: SourceEncoding, isEmpty: Bool) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(InputLocation(file: file, line: 1), "the file cannot be read")
    }
    let head = [UInt8]((try? handle.read(upToCount: 3)) ?? Data())
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF]), isUTF8(handle) {
      try? handle.seek(toOffset: head.starts(with: bom) ? 3 : 0)
      return (CSVRecordReader(handle: handle, file: file), head.starts(with: bom) ? .utf8WithBOM : .utf8, head.isEmpty)
    }
    try? handle.seek(toOffset: 0)
    let bytes = [UInt8]((try? handle.readToEnd()) ?? Data())
    try? handle.close()
    let (text, encoding) = try decode(bytes, file: file)
    return (CSVRecordReader(bytes: Array(text.utf8), file: file), encoding, bytes.isEmpty)
  }

  /// Whether the rest of the file is valid UTF-8, checked one chunk at a time (a character cut
  /// by a chunk's end is carried to the next chunk). Reads the file to its end.
  static func isUTF8(_ handle: FileHandle) -> Bool {
    try? handle.seek(toOffset: 0)
    var carried: [UInt8] = []
    while let data = try? handle.read(upToCount: CSVRecordReader.chunkSize), !data.isEmpty {
      var chunk = carried + [UInt8](data)
      // Back up to the start of the last character; keep it for the next chunk if incomplete.
      var start = chunk.count
      while start > 0, chunk.count - start < 4, chunk[start - 1] & 0xC0 == 0x80 { start -= 1 }
      if start > 0 {
        let lead = chunk[start - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if chunk.count - (start - 1) < length { start -= 1 } else { start = chunk.count }
      }
      carried = Array(chunk[start...])
      chunk.removeSubrange(start...)
      // A NUL byte (UTF-16/32 text, a binary file) is valid UTF-8 but not a CSV: the whole-file
      // path names what the file is.
      guard !chunk.contains(0), String(validating: chunk, as: UTF8.self) != nil else { return false }
    }
    return carried.isEmpty
  }
}
