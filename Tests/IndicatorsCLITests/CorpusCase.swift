import Foundation
import Testing

/// One case of the bad-input corpus, read from a `.case` file in `BadInput/`:
///
/// ```
/// # What the case is about (comment lines start with #).
/// args: import bad.csv                 the command line; --db db.sqlite is added unless given
/// exit: 1                              the exit status expected (1 or 64 for bad input)
/// stderr: bad.csv:3:4                  text stderr must contain (repeatable)
/// stderr-lacks: nan                    text stderr must not contain (repeatable)
/// stdout: … / stdout-lacks: …          the same for stdout (a failing case must print nothing)
/// stdout-is: json                      stdout must parse as JSON
/// before: import good.csv              a command run first, which must succeed (repeatable)
/// setup: mkdir somedir                 mkdir NAME | touch NAME | symlink NAME TARGET
/// stdin: data.csv                      a file of the case fed to standard input
/// stdout-to: /dev/full                 standard output sent there instead of captured
/// unchanged: empty.sqlite              another file that must keep its bytes (repeatable)
/// db: none                             no database (default: a copy of the sample database)
/// === bad.csv                          a file of the case, up to the next === line
/// ```
///
/// A file's lines are written with `\n` ends. `=== NAME hex` gives bytes in hex instead, and
/// `=== NAME utf16le|utf16be|utf32le|utf32be` the text in that encoding without a byte-order mark.
/// In text, a line that is only `{{repeat N TEXT}}` becomes N lines of TEXT, and the same inside
/// a line repeats TEXT N times in place (a 5 MB run of digits).
///
/// The database (`db.sqlite` in the case's folder, a copy of one made by `init`) and every
/// `unchanged:` file must be byte-for-byte as they were after the `before:` commands.
struct CorpusCase: Sendable, CustomTestStringConvertible {
  var name: String
  var arguments: [String]
  var exit: Int32
  var stderrContains: [String] = []
  var stderrLacks: [String] = []
  var stdoutContains: [String] = []
  var stdoutLacks: [String] = []
  var stdoutIsJSON = false
  var before: [[String]] = []
  var setup: [[String]] = []
  var stdin: String?
  var stdoutTo: String?
  var unchanged: [String] = []
  var database = true
  var files: [(name: String, bytes: [UInt8])] = []

  var testDescription: String { name }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInput")

  /// Every case of the corpus, by file name.
  static func all() -> [CorpusCase] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".case") }.sorted().map { name in
      do { return try CorpusCase(file: directory.appendingPathComponent(name)) } catch {
        fatalError("\(name): \(error)")
      }
    }
  }

  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  init(file: URL) throws {
    name = file.deletingPathExtension().lastPathComponent
    let text = try String(contentsOf: file, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var exit: Int32?
    var arguments: [String]?
    var index = 0
    while index < lines.count, !lines[index].hasPrefix("=== ") {
      let line = lines[index]
      index += 1
      if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      guard let colon = line.firstIndex(of: ":") else { throw FormatError(description: "not a directive: \(line)") }
      let key = String(line[..<colon])
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      switch key {
      case "args": arguments = try Self.tokens(value)
      case "exit": exit = Int32(value)
      case "stderr": stderrContains.append(value)
      case "stderr-lacks": stderrLacks.append(value)
      case "stdout": stdoutContains.append(value)
      case "stdout-lacks": stdoutLacks.append(value)
      case "stdout-is": stdoutIsJSON = value == "json"
      case "before": before.append(try Self.tokens(value))
      case "setup": setup.append(try Self.tokens(value))
      case "stdin": stdin = value
      case "stdout-to": stdoutTo = value
      case "unchanged": unchanged.append(value)
      case "db": database = value != "none"
      default: throw FormatError(description: "unknown directive '\(key)'")
      }
    }
    guard let arguments, let exit else { throw FormatError(description: "a case needs args: and exit:") }
    self.arguments = arguments
    self.exit = exit
    while index < lines.count {
      let header = lines[index].dropFirst(4).split(separator: " ").map(String.init)
      index += 1
      var body: [String] = []
      while index < lines.count, !lines[index].hasPrefix("=== ") {
        body.append(lines[index])
        index += 1
      }
      guard let fileName = header.first else { throw FormatError(description: "=== needs a file name") }
      files.append((fileName, try Self.bytes(body, encoding: header.dropFirst().first ?? "text")))
    }
  }

  /// Words separated by spaces; 'single quotes' keep spaces inside a word.
  static func tokens(_ text: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for c in text {
      if c == "'" { quoted.toggle(); started = true; continue }
      if c == " ", !quoted {
        if started { words.append(current) }
        current = ""
        started = false
        continue
      }
      current.append(c)
      started = true
    }
    guard !quoted else { throw FormatError(description: "unclosed quote in: \(text)") }
    if started { words.append(current) }
    return words
  }

  static func bytes(_ body: [String], encoding: String) throws -> [UInt8] {
    if encoding == "hex" {
      let digits = body.joined().filter { !$0.isWhitespace }
      var out: [UInt8] = []
      var i = digits.startIndex
      while i < digits.endIndex {
        let j = digits.index(i, offsetBy: 2)
        guard let byte = UInt8(digits[i..<j], radix: 16) else { throw FormatError(description: "bad hex \(digits[i..<j])") }
        out.append(byte)
        i = j
      }
      return out
    }
    let text = body.map(expand).joined()
    switch encoding {
    case "text": return Array(text.utf8)
    case "utf16le": return text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case "utf16be": return text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case "utf32le": return text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
    case "utf32be": return text.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
    default: throw FormatError(description: "unknown encoding \(encoding)")
    }
  }

  /// One line of a file with its line end, `{{repeat N TEXT}}` expanded.
  static func expand(_ line: String) -> String {
    guard let open = line.range(of: "{{repeat "), let close = line.range(of: "}}", range: open.upperBound..<line.endIndex) else {
      return line + "\n"
    }
    let inner = line[open.upperBound..<close.lowerBound]
    let space = inner.firstIndex(of: " ")!
    let count = Int(inner[..<space])!
    let text = String(inner[inner.index(after: space)...])
    if open.lowerBound == line.startIndex, close.upperBound == line.endIndex {
      return String(repeating: text + "\n", count: count)
    }
    return String(line[..<open.lowerBound]) + String(repeating: text, count: count) + String(expand(String(line[close.upperBound...])))
  }
}
