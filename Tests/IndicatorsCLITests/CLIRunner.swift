import Foundation
import Testing

/// Runs the built `indicators` binary and captures what it says.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["INDICATORS_BINARY"] { return URL(fileURLWithPath: path) }
    // Tests/IndicatorsCLITests/CLIRunner.swift → package root → .build/debug/indicators
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/indicators")
  }()

  /// A fresh scratch directory for one test.
  static func scratch() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-cli-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `body` with the path of a database that `init` made (`empty`: `init --empty`, the
  /// catalogue only) in a scratch directory of its own, and that directory; removes it afterwards.
  static func withDatabase<T>(named name: String, empty: Bool = false, _ body: (_ db: String, _ scratch: URL) throws -> T) throws -> T {
    let scratch = scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let db = scratch.appendingPathComponent(name).path
    #expect(try run(["init"] + (empty ? ["--empty"] : []) + ["--db", db]).status == 0)
    return try body(db, scratch)
  }

  /// Runs the binary to its end. `stdin` feeds a file to standard input (else /dev/null);
  /// `stdoutTo` sends standard output to a file such as /dev/full instead of capturing it. A run
  /// that outlives `timeout` seconds is killed (and then fails its test on the status).
  @discardableResult
  static func run(
    _ arguments: [String], in directory: URL? = nil, stdin: URL? = nil, stdoutTo: URL? = nil, timeout: Double = 300,
    environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = try start(arguments, in: directory, stdin: stdin, stdoutTo: stdoutTo, environment: extra)
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    defer { watchdog.cancel() }
    let out = (process.standardOutput as? Pipe)?.fileHandleForReading
    let err = (process.standardError as! Pipe).fileHandleForReading
    // Read both pipes to the end before waiting, so a full pipe cannot block the child.
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errBox.data = err.readDataToEndOfFile(); group.leave() }
    let outData = out?.readDataToEndOfFile() ?? Data()
    group.wait()
    let errData = errBox.data
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs SQL statements on a database file with Python's sqlite3 (independent of the tool), commits,
  /// and returns the first column of each statement's first row, space-separated, with a newline.
  static func sqlite(_ database: String, _ statements: [String]) throws -> String {
    let script = """
      import sqlite3, sys
      c = sqlite3.connect(sys.argv[1])
      out = [str(rows[0][0]) for rows in (c.execute(s).fetchall() for s in sys.argv[2:]) if rows]
      c.commit()
      print(" ".join(out))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, database] + statements
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
  }

  static func start(
    _ arguments: [String], in directory: URL? = nil, stdin: URL? = nil, stdoutTo: URL? = nil, environment extra: [String: String] = [:]
  ) throws -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["LANG"] = "C"
    environment.removeValue(forKey: "INDICATORS_DB")
    environment.merge(extra) { $1 }
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    process.standardOutput = try stdoutTo.map { try FileHandle(forWritingTo: $0) } ?? Pipe()
    process.standardError = Pipe()
    try process.run()
    return process
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// A suite whose tests run the binary on one database in a scratch folder of their own.
protocol ScratchDatabaseSuite {
  var directory: URL { get }
}

extension ScratchDatabaseSuite {
  var db: String { directory.appendingPathComponent("db.sqlite").path }

  /// Runs the binary with `--db` naming the suite's database.
  func run(_ arguments: [String]) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments + ["--db", db])
  }
}
