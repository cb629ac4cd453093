import Foundation
import Testing

/// Many processes on one PostgreSQL database (issue 14): importers take turns and all land,
/// readers never fail while they write, a writer kept waiting says that nothing was written, and
/// an importer killed part-way leaves nothing behind. Runs when INDICATORS_TEST_POSTGRES_URL names
/// a server (`make test` starts one with scripts/with-postgres.sh); each test makes its own
/// database there with `indicators init`.
@Suite(.serialized, .enabled(if: PostgresServer.url != nil)) struct PostgresConcurrencyTests {
  let db = PostgresServer.freshDatabase()
  let directory = CLIRunner.scratch()

  func importFile(_ name: String, rows: Int) throws -> URL {
    try StressLoad.importFile(name, rows: rows, in: directory)
  }

  /// Ten importers and twenty readers at once: every import lands whole, every read succeeds.
  @Test func tenImportersAndTwentyReadersLoseNothing() throws {
    let rows = ProcessInfo.processInfo.environment["INDICATORS_STRESS_ROWS"].flatMap(Int.init) ?? 2_000
    let initialised = try CLIRunner.run(["init", "--db", db])
    try #require(initialised.status == 0, "\(initialised.stderr)")
    let files = try (1...10).map { try importFile("pg_stress_\($0)", rows: rows) }
    let failures = Failures()
    let group = DispatchGroup()
    StressLoad.startImports(files, db: db, group: group, failures: failures)
    let commands: [[String]] = [
      ["list"], ["show", "gdp"], ["export", "gdp"], ["history", "gdp", "2023"], ["report"], ["targets"], ["forecast", "gdp", "--horizon", "3"],
    ]
    for reader in 0..<20 {
      DispatchQueue.global().async(group: group) {
        for i in 0..<3 {
          let command = commands[(reader + i) % commands.count]
          do {
            let result = try CLIRunner.run(command + ["--db", self.db])
            if result.status != 0 { failures.add("\(command.joined(separator: " ")): \(result.status) \(result.stderr)") }
          } catch { failures.add("reader: \(error)") }
        }
      }
    }
    group.wait()
    #expect(failures.all.isEmpty, "\(failures.all.count) failures, first: \(failures.all.prefix(3))")
    let count = try PostgresServer.sql(db, "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicatorId WHERE i.code LIKE 'pg_stress_%'")
    #expect(count == "\(10 * rows)")
    let batches = try PostgresServer.sql(db, "SELECT count(*) FROM importBatch WHERE file LIKE '%pg_stress_%' AND added = \(rows)")
    #expect(batches == "10")
  }

  /// A writer kept waiting longer than the busy timeout gives up with a message, exit 1, and
  /// nothing written.
  @Test func aWriterThatWaitsTooLongSaysNothingWasImported() throws {
    try #require(try CLIRunner.run(["init", "--empty", "--db", db]).status == 0)
    let file = try importFile("pg_waiting", rows: 10)
    // Another session holds the writers' lock for four seconds.
    let holder = try PostgresServer.start(
      db, "BEGIN; SELECT pg_advisory_xact_lock(\(0x494E_4449)); SELECT 'locked'; SELECT pg_sleep(4); COMMIT;")
    let deadline = Date().addingTimeInterval(30)
    while try PostgresServer.sql(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") == "0", Date() < deadline {
      usleep(20_000)
    }
    let result = try CLIRunner.run(["import", file.path, "--db", db], environment: ["INDICATORS_BUSY_TIMEOUT": "1"])
    holder.waitUntilExit()
    #expect(result.status == 1)
    #expect(result.stderr.contains("is busy") && result.stderr.contains("more than 1 s"), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was imported"), "\(result.stderr)")
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM observation") == "0")
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM importBatch") == "0")
  }

  /// An import killed part-way leaves none of its file: the server rolls the transaction back
  /// when the connection drops, and the next import proceeds.
  @Test func sigkillDuringImportLeavesNoTrace() throws {
    try #require(try CLIRunner.run(["init", "--empty", "--db", db]).status == 0)
    let file = try importFile("pg_killed", rows: 60_000)
    let process = try CLIRunner.start(["import", file.path, "--db", db])
    // Wait until the import holds the writers' lock and has staged rows for a while, then kill.
    let deadline = Date().addingTimeInterval(120)
    while try PostgresServer.sql(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") == "0",
      process.isRunning, Date() < deadline
    {
      usleep(2_000)
    }
    usleep(300_000)
    #expect(process.isRunning, "the import finished before it could be killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM observation") == "0")
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM indicator WHERE code = 'pg_killed'") == "0")
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM importBatch") == "0")
    let small = try importFile("pg_after", rows: 100)
    let after = try CLIRunner.run(["import", small.path, "--db", db], environment: ["INDICATORS_BUSY_TIMEOUT": "20"])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM observation") == "100")
  }
}

/// The PostgreSQL server of the test run, and `psql` to look into it independently of the tool.
enum PostgresServer {
  static var url: String? {
    ProcessInfo.processInfo.environment["INDICATORS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The server's URL with a database name no other test uses (`indicators init` creates it).
  static func freshDatabase() -> String {
    guard let url, let slash = url.range(of: "/", options: .backwards) else { return "" }
    let name = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    return String(url[..<slash.upperBound]) + name
  }

  static var psql: URL {
    let folder = ProcessInfo.processInfo.environment["PG_BIN"] ?? "/usr/bin"
    return URL(fileURLWithPath: folder).appendingPathComponent("psql")
  }

  /// psql running `script` on `database`, started and left running.
  static func start(_ database: String, _ script: String) throws -> Process {
    let process = Process()
    process.executableURL = psql
    process.arguments = ["-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", database, "-c", script]
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    return process
  }

  /// The first column of the first row of one statement, as text.
  static func sql(_ database: String, _ statement: String) throws -> String {
    let process = try start(database, statement)
    let output = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
  }
}
