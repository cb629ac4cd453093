/// The parts of a `multipart/form-data` body (RFC 7578), as a browser sends a form with a file:
/// each part's field name, its file name if any, and its bytes exactly as sent.
///
/// Only what a form upload needs is read: `Content-Disposition`'s `name` and `filename`; other
/// part headers are skipped. A body without the boundary, or cut short, is refused with a message.
package struct MultipartForm: Sendable {
  package struct Part: Sendable {
    package var name: String
    package var fileName: String?
    package var bytes: [UInt8]
  }

  package var parts: [Part]

  /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, or nil when the
  /// header names another type.
  package static func boundary(contentType: String) -> String? {
    let fields = contentType.split(separator: ";").map { $0.trimmingSpaces }
    guard let type = fields.first, type.lowercased() == "multipart/form-data" else { return nil }
    for field in fields.dropFirst() {
      let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
      return value.isEmpty ? nil : value
    }
    return nil
  }

  package init(body: [UInt8], boundary: String) throws(UploadError) {
    let delimiter = Array("--\(boundary)".utf8)
    guard var position = Self.find(delimiter, in: body, from: 0) else {
      throw UploadError("the form data does not contain its boundary")
    }
    var parts: [Part] = []
    while true {
      position += delimiter.count
      // `--` after a delimiter closes the body.
      if body.count >= position + 2, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { break }
      guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: position) else {
        throw UploadError("the form data is cut short (a part without its headers)")
      }
      let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
      let contentStart = headerEnd + 4
      guard let next = Self.find(Array("\r\n".utf8) + delimiter, in: body, from: contentStart) else {
        throw UploadError("the form data is cut short (a part without its closing boundary)")
      }
      if let disposition = Self.disposition(headers) {
        parts.append(Part(name: disposition.name, fileName: disposition.fileName, bytes: Array(body[contentStart..<next])))
      }
      position = next + 2
    }
    self.parts = parts
  }

  /// The first part with this field name.
  package func part(_ name: String) -> Part? { parts.first { $0.name == name } }

  /// `name` and `filename` of a part's `Content-Disposition: form-data; name="file"; filename="a.csv"`.
  static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
    for line in headers.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
      let text = String(line)
      guard text.lowercased().hasPrefix("content-disposition:") else { continue }
      var name: String?
      var fileName: String?
      for field in text.dropFirst("content-disposition:".count).split(separator: ";").map({ $0.trimmingSpaces }) {
        let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2 else { continue }
        var value = pair[1]
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        switch pair[0].lowercased() {
        case "name": name = value
        case "filename": fileName = value
        default: break
        }
      }
      return name.map { ($0, fileName) }
    }
    return nil
  }

  /// The first index of `needle` in `haystack` at or after `start`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}

/// An upload the server cannot read, with what is wrong.
package struct UploadError: Error, Equatable, Sendable, CustomStringConvertible {
  package var description: String
  package init(_ description: String) { self.description = description }
}
