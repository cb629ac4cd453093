import Foundation
import Testing

/// Issue 13 through the binary: a kind without meaning refused with exit 1 and nothing stored;
/// regions side by side as JSON with numbers as numbers.
@Suite(.serialized) struct TargetRulesCLITests: ScratchDatabaseSuite {
  let directory = CLIRunner.scratch()

  @Test func refusedKindAndRegionsSideBySide() throws {
    #expect(try run(["init"]).status == 0)
    let before = try run(["targets", "--format", "csv", "--no-bom"]).stdout
    let refused = try run(["target", "add", "gdp_growth", "--region", "mianyang", "--base", "2020", "--double-in", "5"])
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("indicators: error: --kind: gdp_growth is a rate series; a multiple target has no meaning"))
    #expect(try run(["targets", "--format", "csv", "--no-bom"]).stdout == before)

    let json = try run(["report", "--regions", "mianyang,成都市,sichuan", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let growth = try #require(rows.first { ($0["target"] as? String)?.hasPrefix("2023 GDP real growth ≥ 7.5") == true })
    #expect(growth["mianyang_actual"] as? Double == 8)
    #expect(growth["sichuan_actual"] as? Double == 6)
    #expect(growth["chengdu_status"] as? String == "missed (reference)")
    let unknown = try run(["report", "--regions", "mianyang,atlantis"])
    #expect(unknown.status == 1 && unknown.stderr.contains("atlantis"))
  }
}
