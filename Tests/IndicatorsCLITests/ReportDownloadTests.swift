import Foundation
import Testing

/// The dashboard's report download is the command's CSV, byte for byte (issue 26).
@Suite struct ReportDownloadTests {
  @Test func theDashboardServesTheReportCSVTheCommandWrites() throws {
    try CLIRunner.withDatabase(named: "report.sqlite") { db, scratch in
      let server = try Server(arguments: ["serve", "--db", db, "--port", "0", "--public-read"])
      defer { server.stop() }
      for (lang, region) in [("en", "mianyang"), ("zh", nil)] as [(String, String?)] {
        let written = scratch.appendingPathComponent("command-\(lang).csv")
        #expect(FileManager.default.createFile(atPath: written.path, contents: nil))
        let arguments = ["report", "--format", "csv", "--lang", lang, "--db", db] + (region.map { ["--region", $0] } ?? [])
        #expect(try CLIRunner.run(arguments, stdoutTo: written).status == 0)
        let bytes = try Data(contentsOf: written)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bytes.count > 500)
        let file = scratch.appendingPathComponent("report-\(lang).csv")
        _ = try Curl.run(["-o", file.path, server.address + "/report?format=csv&lang=\(lang)" + (region.map { "&region=\($0)" } ?? "")])
        let served = try Data(contentsOf: file)
        #expect(served == bytes, "\(lang): the served CSV differs from `indicators report --format csv`")
      }
      #expect(server.stop() == 0)
    }
  }
}
