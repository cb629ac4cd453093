import Foundation

/// A CSV file sent to `/import`, however it came: a browser form (`multipart/form-data`, field
/// `file`), the confirm form of the dry-run page (`application/x-www-form-urlencoded`, the bytes
/// in base64 in field `content`, so they come back exactly as checked), or a raw body
/// (`curl --data-binary @figures.csv '…/import?name=figures.csv'`). Options come as form fields
/// or query parameters: `skip_targets`, `confirm`.
package struct Upload: Sendable, Equatable {
  /// The file's base name, as messages name it.
  package var name: String
  package var bytes: [UInt8]
  package var skipTargets: Bool
  /// Import it; otherwise only check it (the dry run).
  package var confirm: Bool

  package init(name: String, bytes: [UInt8], skipTargets: Bool = false, confirm: Bool = false) {
    self.name = Self.baseName(name)
    self.bytes = bytes
    self.skipTargets = skipTargets
    self.confirm = confirm
  }

  package init(contentType: String?, body: [UInt8], query: FormFields) throws(UploadError) {
    let type = (contentType ?? "").split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? ""
    func flag(_ value: String?) -> Bool { value.map { !["", "0", "false", "no", "off"].contains($0.lowercased()) } ?? false }
    if let boundary = MultipartForm.boundary(contentType: contentType ?? "") {
      let form = try MultipartForm(body: body, boundary: boundary)
      guard let file = form.part("file") else { throw UploadError("the form has no field named 'file'; choose a CSV file to upload") }
      guard file.fileName?.isEmpty == false || !file.bytes.isEmpty else { throw UploadError("no file was chosen") }
      func field(_ name: String) -> String? { form.part(name).map { String(decoding: $0.bytes, as: UTF8.self) } }
      self.init(
        name: file.fileName ?? "upload.csv", bytes: file.bytes, skipTargets: flag(field("skip_targets") ?? query["skip_targets"]),
        confirm: flag(field("confirm") ?? query["confirm"]))
    } else if type == "application/x-www-form-urlencoded" {
      let form = FormFields(String(decoding: body, as: UTF8.self))
      guard let content = form["content"] else { throw UploadError("the form has no field named 'content'") }
      guard let data = Data(base64Encoded: content) else { throw UploadError("the form's 'content' is not base64") }
      self.init(
        name: form["name"] ?? query["name"] ?? "upload.csv", bytes: [UInt8](data),
        skipTargets: flag(form["skip_targets"] ?? query["skip_targets"]), confirm: flag(form["confirm"] ?? query["confirm"]))
    } else {
      self.init(name: query["name"] ?? "upload.csv", bytes: body, skipTargets: flag(query["skip_targets"]), confirm: flag(query["confirm"]))
    }
    guard !bytes.isEmpty else { throw UploadError("\(name) is empty") }
  }

  /// The last component of a path a browser may send (`C:\Users\me\figures.csv` → `figures.csv`),
  /// without control characters and at most 100 characters; `upload.csv` when nothing is left.
  static func baseName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(100))
    let clean = String(scalars)
    return clean.trimmingSpaces.isEmpty ? "upload.csv" : clean.trimmingSpaces
  }
}
