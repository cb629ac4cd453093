import Foundation
import Testing

/// `indicators user` and `indicators log` as a person runs them, and `serve` refusing what a
/// user's role does not allow.
@Suite struct UserCommandTests {
  @Test func aTokenIsPrintedOnceAndOnlyItsHashIsStored() throws {
    try CLIRunner.withDatabase(named: "users.sqlite", empty: true) { db, _ in
      let added = try CLIRunner.run(["user", "add", "li.na", "--role", "admin", "--db", db])
      #expect(added.status == 0)
      let token = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
      #expect(added.stderr.contains("added user li.na (admin)"))
      let file = try Data(contentsOf: URL(fileURLWithPath: db)) + ((try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data())
      #expect(file.range(of: Data(token.utf8)) == nil, "the token itself is in the database")
      // Two users never share a token.
      let other = try CLIRunner.run(["user", "add", "wang", "--role", "viewer", "--db", db])
      #expect(other.status == 0 && other.stdout != added.stdout)

      let again = try CLIRunner.run(["user", "add", "li.na", "--role", "viewer", "--db", db])
      #expect(again.status == 1)
      #expect(again.stderr.contains("user 'li.na' already exists"))
      let badRole = try CLIRunner.run(["user", "add", "zhao", "--role", "boss", "--db", db])
      #expect(badRole.status == 64)
      let badName = try CLIRunner.run(["user", "add", "zhao qian", "--role", "viewer", "--db", db])
      #expect(badName.status == 1)
      #expect(badName.stderr.contains("not allowed"))

      #expect(try CLIRunner.run(["user", "revoke", "wang", "--db", db]).status == 0)
      let twice = try CLIRunner.run(["user", "revoke", "wang", "--db", db])
      #expect(twice.status == 1 && twice.stderr.contains("already revoked"))
      let nobody = try CLIRunner.run(["user", "revoke", "nobody", "--db", db])
      #expect(nobody.status == 1 && nobody.stderr.contains("no user named 'nobody'"))
      let list = try CLIRunner.run(["user", "list", "--db", db, "--format", "csv", "--no-bom"])
      let lines = list.stdout.split(whereSeparator: \.isNewline)
      #expect(lines.first == "name,role,created,expires,revoked")
      try #require(lines.count == 3)
      #expect(lines[1].hasPrefix("li.na,admin,") && lines[1].hasSuffix(","))
      #expect(lines[2].hasPrefix("wang,viewer,") && !lines[2].hasSuffix(","))
    }
  }

  @Test func theLogNamesWhoImportedWhichFileAndItsSHA256() throws {
    try CLIRunner.withDatabase(named: "log.sqlite") { db, scratch in
      let csv = scratch.appendingPathComponent("figures.csv")
      try "indicator,region,period,value,unit,source,published\ngdp,mianyang,2031,9999.5,亿元,log test,2031-02-01\n"
        .write(to: csv, atomically: true, encoding: .utf8)
      #expect(try CLIRunner.run(["import", csv.path, "--db", db]).status == 0)
      #expect(try CLIRunner.run(["target", "rm", "1", "--db", db]).status == 0)
      let log = try CLIRunner.run(["log", "--db", db, "--format", "json", "--limit", "2"])
      #expect(log.status == 0)
      let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
      #expect(entries.count == 2)
      #expect(entries[0]["action"] as? String == "target-remove")
      #expect(entries[1]["action"] as? String == "import" && entries[1]["rows"] as? Int == 1)
      #expect(entries[1]["subject"] as? String == csv.path && entries[1]["via"] as? String == "cli")
      #expect(entries[1]["sha256"] as? String == (try Self.sha256sum(csv)))
      #expect(entries[1]["user"] as? String == NSUserName())
      #expect(try CLIRunner.run(["log", "--db", db, "--limit", "0"]).status == 64)
    }
  }

  /// The SHA-256 as coreutils computes it, independently of the tool.
  static func sha256sum(_ file: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
  }

  @Test func serveRefusesAnonymousReadsAndAViewersImport() throws {
    try CLIRunner.withDatabase(named: "serve.sqlite") { db, scratch in
      let viewer = try CLIRunner.run(["user", "add", "reader", "--role", "viewer", "--db", db]).stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let server = try Server(arguments: ["serve", "--db", db, "--port", "0", "--allow-import"])
      defer { server.stop() }
      func status(_ arguments: [String]) throws -> String {
        try Command.run("/usr/bin/env", ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}"] + arguments)
      }
      #expect(try status([server.address + "/"]) == "401")
      #expect(try status(["-H", "Authorization: Bearer \(viewer)", server.address + "/"]) == "200")
      let csv = scratch.appendingPathComponent("web.csv")
      try "indicator,region,period,value,unit,source,published\ngdp,mianyang,2031,9999.5,亿元,web,2031-02-01\n"
        .write(to: csv, atomically: true, encoding: .utf8)
      #expect(try status(["-H", "Authorization: Bearer \(viewer)", "-F", "file=@\(csv.path)", "-F", "confirm=1", server.address + "/import"]) == "403")
      #expect(try status(["-F", "file=@\(csv.path)", "-F", "confirm=1", server.address + "/import"]) == "401")
      let show = try CLIRunner.run(["show", "gdp", "--region", "mianyang", "--db", db, "--format", "csv"])
      #expect(!show.stdout.contains("9999.5"))
      #expect(server.stop() == 0)
    }
  }

  /// On PostgreSQL a command's writes are the database user's, and the token is not on the server.
  @Test(.enabled(if: PostgresServer.url != nil)) func onPostgreSQLTheLogNamesTheDatabaseUser() throws {
    let db = PostgresServer.freshDatabase()
    let scratch = CLIRunner.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    #expect(try CLIRunner.run(["init", "--empty", "--db", db]).status == 0)
    let token = try CLIRunner.run(["user", "add", "chen", "--role", "analyst", "--db", db]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(token.count == 64)
    #expect(try PostgresServer.sql(db, "SELECT count(*) FROM account WHERE tokenHash LIKE '%\(token)%'") == "0")
    let databaseUser = try PostgresServer.sql(db, "SELECT current_user")
    let log = try CLIRunner.run(["log", "--db", db, "--format", "csv", "--no-bom"])
    let line = try #require(log.stdout.split(whereSeparator: \.isNewline).first { $0.contains("user-add") })
    #expect(line.contains(",\(databaseUser),cli,user-add,chen (analyst),"))
  }
}
