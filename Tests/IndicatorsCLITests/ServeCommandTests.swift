import Foundation
import Testing

@Suite struct ServeCommandTests {
  @Test func aBadPortIsAUsageError() throws {
    let result = try CLIRunner.run(["serve", "--port", "70000", "--db", "/nonexistent/x.sqlite"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--port: 70000 is not a port; give 0 to 65535"))
  }

  @Test func aMissingDatabaseStopsBeforeListening() throws {
    let scratch = CLIRunner.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let db = scratch.appendingPathComponent("none.sqlite").path
    let result = try CLIRunner.run(["serve", "--db", db, "--port", "0"], timeout: 60)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no database at \(db)"))
    #expect(!FileManager.default.fileExists(atPath: db))
  }
}
