import Foundation
import Testing

/// Every kind of bad input gets a message naming the file, line, column or option and the text at
/// fault, exit status 1 or 64 (never a trap), and a database that is byte-for-byte what it was.
/// The cases are data: one `.case` file each in `BadInput/` (see `CorpusCase` for the format).
@Suite struct BadInputTests {
  static let cases = CorpusCase.all()

  /// A database with the sample data, made once and copied for each case.
  static let template: URL = {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("template.sqlite")
    let result = try! CLIRunner.run(["init", "--db", db.path])
    precondition(result.status == 0, "init failed: \(result.stderr)")
    return db
  }()

  /// A scratch directory with the case's database, files and setup, its `before` steps run.
  func prepare(_ c: CorpusCase) throws -> URL {
    let directory = CLIRunner.scratch()
    let fileManager = FileManager.default
    let db = directory.appendingPathComponent("db.sqlite")
    if c.database { try fileManager.copyItem(at: Self.template, to: db) }
    for file in c.files { try Data(file.bytes).write(to: directory.appendingPathComponent(file.name)) }
    for step in c.setup {
      let target = directory.appendingPathComponent(step[1])
      switch step[0] {
      case "mkdir": try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
      case "touch": try Data().write(to: target)
      case "symlink": try fileManager.createSymbolicLink(atPath: target.path, withDestinationPath: step[2])
      default: Issue.record("unknown setup step \(step)")
      }
    }
    for step in c.before {
      let result = try CLIRunner.run(Self.withDatabase(step), in: directory)
      try #require(result.status == 0, "before: \(step.joined(separator: " ")): \(result.stderr)")
    }
    return directory
  }

  static func withDatabase(_ arguments: [String]) -> [String] {
    arguments.contains("--db") ? arguments : arguments + ["--db", "db.sqlite"]
  }

  @Test(arguments: cases)
  func refusedWithPlaceAndDatabaseUnchanged(_ c: CorpusCase) throws {
    let directory = try prepare(c)
    let fileManager = FileManager.default
    let db = directory.appendingPathComponent("db.sqlite")
    func withDatabase(_ arguments: [String]) -> [String] { Self.withDatabase(arguments) }
    let watched = (c.database ? ["db.sqlite"] : []) + c.unchanged
    let before = try watched.map { try Data(contentsOf: directory.appendingPathComponent($0)) }

    let result = try CLIRunner.run(
      withDatabase(c.arguments), in: directory, stdin: c.stdin.map { directory.appendingPathComponent($0) },
      stdoutTo: c.stdoutTo.map { URL(fileURLWithPath: $0) }, timeout: 120)

    #expect(result.status == c.exit, "exit status; stderr: \(result.stderr.prefix(2000))")
    #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Trace/breakpoint"), "a trap: \(result.stderr.prefix(2000))")
    #expect(result.stderr.utf8.count < 10_000, "the message is \(result.stderr.utf8.count) bytes long")
    if c.exit != 0 {
      #expect(result.stderr.contains("error: ") || result.stderr.contains("Error: "), "\(result.stderr.prefix(2000))")
      #expect(result.stdout.isEmpty, "a failing command printed data: \(result.stdout.prefix(500))")
    }
    for text in c.stderrContains { #expect(result.stderr.contains(text), "stderr lacks '\(text)': \(result.stderr.prefix(2000))") }
    for text in c.stderrLacks { #expect(!result.stderr.contains(text), "stderr has '\(text)': \(result.stderr.prefix(2000))") }
    for text in c.stdoutContains { #expect(result.stdout.contains(text), "stdout lacks '\(text)': \(result.stdout.prefix(2000))") }
    for text in c.stdoutLacks { #expect(!result.stdout.contains(text), "stdout has '\(text)': \(result.stdout.prefix(2000))") }
    if c.stdoutIsJSON {
      #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "not JSON: \(result.stdout.prefix(500))")
    }
    for (name, bytes) in zip(watched, before) {
      #expect(try Data(contentsOf: directory.appendingPathComponent(name)) == bytes, "\(name) changed")
    }
    if c.database {
      let wal = db.path + "-wal"
      let walSize = (try? fileManager.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      #expect(walSize == 0, "a write-ahead log was left with \(walSize) bytes")
    }
  }

  /// The mistakes of `import` and the catalogue commands read in Chinese with `--lang zh`: the same
  /// exit status, and none of the English sentences' words (issue 12).
  @Test(arguments: cases.filter { ["import", "region", "indicator", "config"].contains($0.arguments.first ?? "") && $0.exit != 0 })
  func importMistakesInChinese(_ c: CorpusCase) throws {
    let directory = try prepare(c)
    let result = try CLIRunner.run(
      Self.withDatabase(c.arguments) + ["--lang", "zh"], in: directory, stdin: c.stdin.map { directory.appendingPathComponent($0) },
      stdoutTo: c.stdoutTo.map { URL(fileURLWithPath: $0) }, timeout: 120)
    #expect(result.status == c.exit, "exit status; stderr: \(result.stderr.prefix(2000))")
    #expect(result.stderr.contains("错误"), "\(result.stderr.prefix(2000))")
    let prose: Set<String> = ["is", "not", "the", "unknown", "expected", "missing", "problems", "cannot", "called", "found", "give", "use", "Error"]
    let words = Set(result.stderr.split { !$0.isASCII || !$0.isLetter }.map(String.init))
    #expect(words.isDisjoint(with: prose), "English in --lang zh: \(result.stderr.prefix(2000))")
  }

  @Test func databaseFromANewerVersion() throws {
    let directory = CLIRunner.scratch()
    let db = directory.appendingPathComponent("db.sqlite")
    try FileManager.default.copyItem(at: Self.template, to: db)
    _ = try CLIRunner.sqlite(db.path, ["INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"])
    let before = try Data(contentsOf: db)
    let result = try CLIRunner.run(["list", "--db", db.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("newer version of indicators"))
    #expect(result.stderr.contains("v99-from-the-future"))
    #expect(try Data(contentsOf: db) == before)
  }

  @Test func corpusIsLargeEnough() {
    #expect(Self.cases.count >= 100)
  }
}
