import Foundation
import Testing

/// `indicators sync` moves a whole database: afterwards every export — current values, every
/// vintage, values as of a date — is the same file from either side, and the targets and the
/// default region came along.
@Suite struct SyncCommandTests {
  let directory = CLIRunner.scratch()

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// A database with the sample data, a revision, an undated figure, a new region and a target.
  func source() throws -> String {
    let db = path("source.sqlite")
    try #require(try CLIRunner.run(["init", "--db", db]).status == 0)
    let revision = path("revision.csv")
    try Data(
      """
      indicator,region,period,value,unit,source,published
      gdp,mianyang,2023,4100.5,亿元,yearbook,2025-02-01
      gdp,tianfu_new_area,2024,12.25,亿元,notes,
      """.utf8
    ).write(to: URL(fileURLWithPath: revision))
    let imported = try CLIRunner.run(["import", revision, "--db", db])
    try #require(imported.status == 0, "\(imported.stderr)")
    try #require(try CLIRunner.run(["target", "add", "gdp", "--base", "2020", "--due", "2030", "--value", "9000", "--label", "sync", "--db", db]).status == 0)
    try #require(try CLIRunner.run(["config", "set", "region", "chengdu", "--db", db]).status == 0)
    return db
  }

  /// The exports compared between the two sides.
  func exports(_ db: String) throws -> [String] {
    try [["export"], ["export", "--all-vintages"], ["export", "--as-of", "2024-06-30"], ["targets"], ["config", "get", "region"], ["list"]].map { command in
      let result = try CLIRunner.run(command + ["--db", db])
      #expect(result.status == 0, "\(command): \(result.stderr)")
      return result.stdout
    }
  }

  func roundTrip(through middle: String) throws {
    let from = try source()
    let synced = try CLIRunner.run(["sync", "--from", from, "--to", middle])
    #expect(synced.status == 0, "\(synced.stderr)")
    #expect(synced.stderr.contains("targets and 1 settings"), "\(synced.stderr)")
    let back = path("back.sqlite")
    let returned = try CLIRunner.run(["sync", "--from", middle, "--to", back])
    #expect(returned.status == 0, "\(returned.stderr)")
    let expected = try exports(from)
    #expect(expected[1].split(whereSeparator: \.isNewline).count > 100, "the sample data has vintages to compare")
    #expect(expected[1].contains("4100.5") && expected[1].contains("tianfu_new_area"))
    #expect(try exports(middle) == expected)
    #expect(try exports(back) == expected)
    // A second sync into a database that has data is refused and changes nothing.
    let again = try CLIRunner.run(["sync", "--from", from, "--to", middle])
    #expect(again.status == 1 && again.stderr.contains("already holds observations"), "\(again.stderr)")
    #expect(try exports(middle) == expected)
  }

  @Test func sqliteToSQLiteAndBack() throws {
    try roundTrip(through: path("middle.sqlite"))
  }

  @Test(.enabled(if: PostgresServer.url != nil)) func sqliteToPostgreSQLAndBack() throws {
    try roundTrip(through: PostgresServer.freshDatabase())
  }
}
