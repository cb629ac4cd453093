#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import IndicatorsCore
import IndicatorsWorkflows

/// Where the executable talks to people: stderr, with colour only on a terminal and without
/// NO_COLOR. Library errors become one-line messages here.
enum Console {
  /// The language of messages: `--lang` on the command line, else the environment's.
  static let language = Language.from(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

  static func error(_ message: String) { say(message, heading: language.pick("indicators: 错误：", "indicators: error: "), code: "31") }

  static func warning(_ message: String) { say(message, heading: language.pick("indicators: 注意：", "indicators: warning: "), code: "33") }

  /// A message; control characters from the data (terminal escape codes) are removed.
  static func note(_ message: String) { say(message, heading: "", code: nil) }

  /// Writes `message` to stderr after `heading`, the heading in colour `code` when stderr is a
  /// terminal that takes colour.
  private static func say(_ message: String, heading: String, code: String?) {
    let heading = code.map { isatty(2) == 1 && getenv("NO_COLOR") == nil ? escaped(heading, code: $0) : heading } ?? heading
    try? OutputFile.writeAll(Data((heading + ChineseText.printable(message) + "\n").utf8), to: 2)
  }

  /// Writes a workflow's notices, warnings flagged as such.
  static func show(_ notices: [Notice]) {
    for notice in notices { notice.kind == .warning ? warning(notice.text) : note(notice.text) }
  }

  /// Writes data to stdout; if that fails (a full disk behind `> file`), says so and exits 1.
  static func output(_ text: String) {
    do { try OutputFile.standardOutput().write(Data(text.utf8)) } catch {
      Console.error(userMessage(for: error) ?? language.pick("无法写入标准输出", "cannot write to standard output"))
      exit(1)
    }
  }

  /// Writes data to the file `out` (and says so with `summary`), or to stdout without one. See
  /// `OutputFile` for what happens to links, pipes, devices and read-only files at `out`.
  static func deliver(_ text: String, to out: String?, summary: @autoclosure () -> String) throws {
    guard let out else { return output(text) }
    try OutputFile.write(Data(text.utf8), to: out)
    note(out + language.pick("：", ": ") + summary())
  }

  /// Like `deliver`, for data produced in pieces (a streamed export); see `OutputFile.stream`.
  static func stream(to out: String?, summary: (Int) -> String, _ produce: (([UInt8]) -> Void) throws -> Int) throws {
    let rows = try OutputFile.stream(to: out, produce)
    if let out { note(out + language.pick("：", ": ") + summary(rows)) }
  }

  /// Whether stdout is a terminal that takes colour.
  static var colourOutput: Bool { isatty(1) == 1 && getenv("NO_COLOR") == nil }

  /// `text` in the terminal colour of a tone (green, yellow, red; none for neutral).
  static func colour(_ text: String, tone: Tone) -> String {
    let codes: [Tone: String] = [.good: "32", .warn: "33", .bad: "31"]
    return codes[tone].map { escaped(text, code: $0) } ?? text
  }

  private static func escaped(_ text: String, code: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }

  /// The message for an error a user can fix, or nil for errors ArgumentParser reports itself.
  static func userMessage(for error: any Error) -> String? { Messages.userMessage(for: error, language) }
}
