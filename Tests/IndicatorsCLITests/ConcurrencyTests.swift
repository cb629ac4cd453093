import Foundation
import Testing

/// Many processes on one database: importers take turns instead of failing with "database is
/// locked", readers never fail while writers work, and a writer that waits too long says that
/// nothing was written.
///
/// `swift test` runs a small version (8 importers of 2,000 rows, 100 reader runs). `make stress`
/// runs the one issue 15 asks for on the release binary: INDICATORS_STRESS_ROWS=20000,
/// INDICATORS_STRESS_READS=1000.
@Suite(.serialized) struct ConcurrencyTests {
  let directory = CLIRunner.scratch()
  var db: String { directory.appendingPathComponent("db.sqlite").path }

  static func setting(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
  }

  func importFile(_ name: String, rows: Int) throws -> URL {
    try StressLoad.importFile(name, rows: rows, in: directory)
  }

  @Test func importersLandAndReadersNeverFailUnderWriteLoad() throws {
    let rows = Self.setting("INDICATORS_STRESS_ROWS", 2_000)
    let reads = Self.setting("INDICATORS_STRESS_READS", 100)
    let initialised = try CLIRunner.run(["init", "--db", db])
    try #require(initialised.status == 0, "\(initialised.stderr)")
    let files = try (1...8).map { try importFile("stress_\($0)", rows: rows) }

    let failures = Failures()
    let group = DispatchGroup()
    let writing = Flag()
    // Eight importers started at once.
    StressLoad.startImports(files, db: db, group: group, failures: failures)
    // A writer that keeps adding and removing a target until the readers are done.
    let writerDone = DispatchGroup()
    writerDone.enter()
    DispatchQueue.global().async {
      defer { writerDone.leave() }
      while !writing.isLowered {
        do {
          let added = try CLIRunner.run(["target", "add", "gdp", "--base", "2020", "--due", "2030", "--value", "9000", "--label", "stress", "--db", self.db])
          guard added.status == 0 else { failures.add("target add: \(added.stderr)"); continue }
          // `target 12: gdp · …`, after any note that it waited for the lock.
          let line = added.stderr.split(separator: "\n").first { $0.hasPrefix("target ") } ?? ""
          let id = line.split(separator: " ").dropFirst().first.map { String($0.dropLast()) } ?? ""
          let removed = try CLIRunner.run(["target", "rm", id, "--db", self.db])
          if removed.status != 0 { failures.add("target rm \(id): \(removed.stderr)") }
        } catch { failures.add("writer: \(error)") }
      }
    }
    // Two readers cycling through the reading commands.
    let commands: [[String]] = [
      ["list"], ["show", "gdp"], ["export", "gdp"], ["forecast", "gdp", "--horizon", "3"], ["report"], ["targets"],
      ["history", "gdp", "2023"],
    ]
    let readsDone = Counter()
    let readers = DispatchGroup()
    for reader in 0..<2 {
      DispatchQueue.global().async(group: readers) {
        var i = reader
        while readsDone.next() <= reads {
          let command = commands[i % commands.count]
          i += 1
          do {
            let result = try CLIRunner.run(command + ["--db", self.db])
            if result.status != 0 { failures.add("\(command.joined(separator: " ")): \(result.status) \(result.stderr)") }
          } catch { failures.add("reader: \(error)") }
        }
      }
    }
    readers.wait()
    writing.lower()
    writerDone.wait()
    group.wait()

    #expect(failures.all.isEmpty, "\(failures.all.count) failures, first: \(failures.all.prefix(3))")
    let list = try CLIRunner.run(["list", "--format", "csv", "--no-bom", "--db", db])
    let landed = (1...8).filter { list.stdout.contains("stress_\($0),stress_\($0),r1,") }
    #expect(landed.count == 8, "importers landed: \(landed)")
    let count = try CLIRunner.sqlite(db, ["SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicatorId WHERE i.code LIKE 'stress_%'"])
    #expect(count == "\(8 * rows)\n")
    print("concurrency: \(landed.count)/8 importers of \(rows) rows landed; \(reads) reader runs; \(failures.all.count) failures")
  }

  /// A writer kept waiting longer than the busy timeout gives up with a message, exit 1, and the
  /// database unchanged.
  @Test func aWriterThatWaitsTooLongSaysNothingWasImported() throws {
    let initialised = try CLIRunner.run(["init", "--empty", "--db", db])
    try #require(initialised.status == 0)
    let file = try importFile("waiting", rows: 10)
    // Hold the write lock for four seconds from another process.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = [
      "python3", "-c",
      "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(4); c.execute('ROLLBACK')",
      db,
    ]
    let ready = Pipe()
    holder.standardOutput = ready
    try holder.run()
    _ = ready.fileHandleForReading.availableData  // "locked"
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let result = try CLIRunner.run(["import", file.path, "--db", db], environment: ["INDICATORS_BUSY_TIMEOUT": "1"])
    holder.waitUntilExit()
    #expect(result.status == 1)
    #expect(result.stderr.contains("is busy"), "\(result.stderr)")
    #expect(result.stderr.contains("more than 1 s"), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was imported"), "\(result.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  /// 1, 2, 3 … one number per call.
  func next() -> Int { lock.withLock { value += 1; return value } }
}

private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var lowered = false
  func lower() { lock.withLock { lowered = true } }
  var isLowered: Bool { lock.withLock { lowered } }
}
