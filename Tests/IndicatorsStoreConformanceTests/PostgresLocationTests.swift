import IndicatorsPostgres
import Testing

/// `--db postgresql://…`: what the URL names, and that a password never shows in a message.
@Suite struct PostgresLocationTests {
  @Test func aFullURLGivesEveryPart() throws {
    let location = try PostgresLocation(url: "postgresql://analyst:s%40cret@db.example:6543/indicators")
    #expect(location.user == "analyst" && location.password == "s@cret")
    #expect(location.host == "db.example" && location.port == 6543 && location.database == "indicators")
    #expect(location.socketDirectory == nil)
    #expect(location.description == "postgresql://analyst@db.example:6543/indicators")
  }

  @Test func defaultsArePort5432AndASocketFolderWhenGiven() throws {
    let location = try PostgresLocation(url: "postgres://analyst@localhost/team?host=/run/postgresql")
    #expect(location.port == 5432 && location.socketDirectory == "/run/postgresql")
    #expect(location.description == "postgresql://analyst@localhost:5432/team?host=/run/postgresql")
  }

  @Test func aPathIsNotAURL() {
    #expect(!PostgresLocation.isURL("indicators.sqlite"))
    #expect(!PostgresLocation.isURL("/data/postgresql/x.sqlite"))
    #expect(PostgresLocation.isURL("postgresql://u@h/d"))
  }

  @Test func aURLWithoutADatabaseIsRefusedWithoutShowingThePassword() {
    #expect {
      try PostgresLocation(url: "postgresql://analyst:hunter2@db.example:5432/")
    } throws: { error in
      "\(error)" == "postgresql://analyst:***@db.example:5432/: names no database; give postgresql://user@host:port/dbname"
    }
  }
}
