import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsPostgres
import IndicatorsServer

struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the database as web pages: series, forecasts, the target report, CSV import.",
    discussion: """
      Pages: / (every series, with search over codes and Chinese and English names),
      /series/INDICATOR/REGION (forecast fan chart, values with their vintages, CSV and JSON
      downloads), /report?region=… (the target report, live), /import (upload a CSV file, check it,
      then confirm).

      Every page needs a signed-in user (a viewer reads; an analyst also imports; an admin also
      reads the audit log at /log) unless --public-read, which lets anyone read; writes always
      need a user. Users sign in at /login with the token `indicators user add NAME --role …`
      printed, or send `Authorization: Bearer TOKEN`. A refused request gets a 401 or 403 page
      and changes nothing.

      Read-only unless --allow-import: uploads then go through the same import as
      `indicators import` (one file, one transaction; a changed value adds a vintage), recorded
      in the audit log as the signed-in user's.
      Binds 127.0.0.1 by default, so only this machine can connect. Stop with Ctrl-C.

      The series pages and the target report are kept until the database changes. On
      PostgreSQL the server checks for changes at most every 0.25 s, so a page may miss a write
      another process made less than about 0.25 s before (writes through this server are seen
      at once), and a token revoked by `indicators user revoke` is refused within that time.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: "Address to listen on (0.0.0.0 for every interface: anyone who can reach this machine can read the data).")
  var host = "127.0.0.1"

  @Option(help: "Port to listen on (0 takes a free one).")
  var port = 8080

  @Flag(name: .customLong("allow-import"), help: "Let the import page write to the database (for analysts and admins).")
  var allowImport = false

  @Flag(name: .customLong("public-read"), help: "Let anyone read the pages without signing in (writes still need a user).")
  var publicRead = false

  @Option(help: "Language of a page whose reader asks for none by ?lang= or Accept-Language (default: zh when LANG starts with zh, else en).")
  var lang: HeaderLanguage?

  func validate() throws {
    guard (0...65_535).contains(port) else { throw ValidationError("--port: \(port) is not a port; give 0 to 65535") }
  }

  func run() throws {
    let locale = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
    let database = try store.openForServing()
    let dashboard = Dashboard(
      store: database, allowImport: allowImport, publicRead: publicRead, chinese: lang.map { $0 == .zh } ?? locale.hasPrefix("zh"),
      freshness: PostgresLocation.isURL(store.path) ? Dashboard.poolFreshness : .zero)
    if try database.users().allSatisfy({ $0.revokedAt != nil }) {
      Console.warning(Messages.noUsersYet(publicRead: publicRead, Console.language))
    }
    let (host, path) = (host, store.path)
    let mode = (allowImport ? "imports allowed" : "read-only") + (publicRead ? ", public reads" : ", sign-in needed")
    try AsyncBridge.wait {
      try await dashboard.run(host: host, port: port) { port in
        Console.note("serving \(path) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (\(mode)); Ctrl-C stops")
      }
    }
  }
}
