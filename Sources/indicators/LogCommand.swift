import ArgumentParser
import IndicatorsWorkflows

struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "The audit log: every write, who made it, when, and for an import the file's SHA-256 and rows.",
    discussion: """
      Newest first. A command's writes are the operating-system user's on SQLite and the
      database user's on PostgreSQL; the server's are the signed-in user's (via web).
      """)

  @OptionGroup var options: TableOptions

  @Option(help: "Show at most this many entries.")
  var limit = 100

  func validate() throws {
    guard limit > 0 else { throw ValidationError(options.output.language.pick("--limit 须为正整数", "--limit: give a positive number")) }
  }

  func run() throws {
    Console.output(options.output.render(try AuditLog.table(options.open(), limit: limit, language: options.output.language)))
  }
}
