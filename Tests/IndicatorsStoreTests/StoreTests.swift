import Foundation
import GRDB
import IndicatorsCSV
import IndicatorsCore
import IndicatorsSampleData
@testable import IndicatorsStore
import Testing

/// Store behaviour, each test on a fresh in-memory database.
@Suite struct StoreTests {
  let store: IndicatorStore
  static let day1 = CalendarDate(year: 2026, month: 1, day: 1)!
  static let day2 = CalendarDate(year: 2026, month: 6, day: 1)!

  init() throws {
    store = try IndicatorStore.withBundledCatalogue()
  }

  func importText(_ text: String, on date: CalendarDate = day1) throws -> ImportSummary {
    let file = try ObservationFile.parse(bytes: Array(text.utf8), file: "t.csv")
    return try store.importObservations(file.observations, file: "t.csv", importDate: date)
  }

  func latest(_ indicator: String = "gdp", region: String = "mianyang", asOf: CalendarDate? = nil) throws -> [Observation] {
    try store.observations(ObservationQuery(indicators: [indicator], regions: [region], asOf: asOf))
  }

  @Test func reimportingTheSameFileChangesNothing() throws {
    let text = "indicator,region,period,value,source\ngdp,mianyang,2022,3626.94,bulletin\ngdp,mianyang,2023,4038.73,bulletin\n"
    #expect(try importText(text).added == 2)
    let again = try importText(text, on: Self.day2)
    #expect(again.added == 0 && again.revised == 0 && again.unchanged == 2)
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == 2)
  }

  @Test func aChangedValueAddsAVintageAndKeepsTheOld() throws {
    _ = try importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n")
    let second = try importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4096,bulletin,2025-01-20\n")
    #expect(second.revised == 1)
    #expect(try latest().map(\.value) == [4096])
    let history = try store.history(indicator: "gdp", region: "mianyang", period: .year(2023))
    #expect(history.map(\.value) == [4038.73, 4096])
    // As of a date between the two publications, the first value is what was known.
    #expect(try latest(asOf: CalendarDate(year: 2024, month: 12, day: 31)).map(\.value) == [4038.73])
  }

  @Test func undatedChangeIsRecordedOnTheImportDay() throws {
    _ = try importText("indicator,region,period,value,source\ngdp,mianyang,2023,4000,notes\n", on: Self.day1)
    _ = try importText("indicator,region,period,value,source\ngdp,mianyang,2023,4100,notes\n", on: Self.day2)
    #expect(try latest().map(\.value) == [4100])
    #expect(try latest(asOf: CalendarDate(year: 2026, month: 3, day: 1)).map(\.value) == [4000])
  }

  @Test func aDatedFigureOutranksAnUndatedOne() throws {
    _ = try importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n")
    _ = try importText("indicator,region,period,value,source\ngdp,mianyang,2023,4000,hearsay\n", on: Self.day2)
    #expect(try latest().map(\.value) == [4038.73])
  }

  @Test func twoSourcesThatDisagreeAreBothKept() throws {
    _ = try importText("indicator,region,period,value,unit,source,published\nsme_tech_enterprises,mianyang_hitech_zone,2023,592,家,seed 001,2024-01\nsme_tech_enterprises,mianyang_hitech_zone,2023,570,家,seed 002,2024-02-02\n")
    let all = try store.history(indicator: "sme_tech_enterprises", region: "mianyang_hitech_zone", period: .year(2023))
    #expect(Set(all.map(\.value)) == [592, 570])
  }

  @Test func unitsConvertToTheIndicatorsUnit() throws {
    _ = try importText("indicator,region,period,value,unit\nfdi,mianyang,2024,10444,万美元\n")
    #expect(try latest("fdi").map(\.value) == [1.0444])
  }

  @Test func anIncompatibleUnitRollsBackTheWholeFile() throws {
    #expect(throws: StoreError.self) {
      try importText("indicator,region,period,value,unit\ngdp,mianyang,2022,3626.94,亿元\ngdp,mianyang,2023,8,%\n")
    }
    #expect(try store.observations(ObservationQuery(allVintages: true)).isEmpty)
  }

  @Test func newIndicatorsAndRegionsAreCreatedFromCodes() throws {
    let summary = try importText("indicator,region,period,value,unit\nport_throughput,deyang,2023,12.5,万吨\n")
    #expect(summary.newIndicators == ["port_throughput"])
    #expect(summary.newRegions == ["deyang"])
  }

  @Test func seriesResolveByNameAndDefaultRegion() throws {
    _ = try importText("indicator,region,period,value\ngdp,mianyang,2023,4038.73\ngdp,sichuan,2023,60132.9\n")
    #expect(throws: StoreError.self) { try store.resolveSeries(indicator: "gdp", region: nil) }
    try store.setSetting(Settings.defaultRegion, to: "mianyang")
    #expect(try store.resolveSeries(indicator: "地区生产总值", region: nil).1.code == "mianyang")
    #expect(try store.resolveSeries(indicator: "gdp", region: "四川省").1.code == "sichuan")
  }

  @Test func bundledSampleDataLoadsEveryRow() throws {
    var added = 0
    for name in SampleData.observationFiles {
      let file = try ObservationFile.parse(bytes: SampleData.bytes(name), file: name, targetRows: .skip)
      let summary = try store.importObservations(file.observations, file: name, importDate: Self.day1)
      #expect(summary.unchanged == 0)
      added += summary.added + summary.revised
    }
    let all = try store.observations(ObservationQuery(allVintages: true))
    #expect(all.count == added)
    #expect(all.count == 227 + 177 + 76)  // 248 sourced rows less 21 targets, 179 bulletin rows less 2 targets, 76 seed figures
    let seeds = all.filter { $0.source.location.hasPrefix("seeds/") }
    #expect(seeds.count == 76)
    #expect(seeds.filter { $0.status == .derived }.count == 12)
    #expect(try store.integrityCheck() == "ok")
  }

  /// The latest values the import keeps (`latestObservation`) are what ranking every vintage
  /// gives: revisions, a second source, dated against undated, a re-import and a revision back.
  @Test func keptLatestValuesAgreeWithRankingEveryVintage() throws {
    for name in SampleData.observationFiles {
      let file = try ObservationFile.parse(bytes: SampleData.bytes(name), file: name, targetRows: .skip)
      _ = try store.importObservations(file.observations, file: name, importDate: Self.day1)
    }
    _ = try importText("indicator,region,period,value,source\ngdp,mianyang,2023,1,undated\ngdp,mianyang,2030,2,undated\n", on: Self.day2)
    _ = try importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n", on: Self.day2)
    let everything = CalendarDate(year: 2099, month: 12, day: 31)!
    let kept = try store.observations(ObservationQuery())
    #expect(kept.count > 200)
    #expect(kept == (try store.observations(ObservationQuery(asOf: everything))))
    let summaries = try store.seriesSummaries()
    #expect(summaries == (try store.seriesSummaries(asOf: everything)))
    #expect(summaries.map(\.count).reduce(0, +) == kept.count)
    // The import writes without SQLite's foreign-key checks: every id must still name a row.
    #expect(try store.integrityCheck() == "ok")
  }

  /// The check the test above relies on finds a row whose foreign key names nothing.
  @Test func integrityCheckNamesARowWithAMissingParent() throws {
    _ = try importText("indicator,region,period,value,source\ngdp,mianyang,2023,1,bulletin\n")
    try store.writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF; UPDATE observation SET sourceId = 9999; PRAGMA foreign_keys = ON")
    }
    #expect(try store.integrityCheck() == "observation row 1 refers to a missing source row")
  }

  @Test func anImportThatChangesNothingSaysSo() throws {
    let text = "indicator,region,period,value,source\ngdp,mianyang,2022,3626.94,bulletin\ngdp,mianyang,2022,3626.94,bulletin\n"
    #expect(try importText(text).added == 1)
    let summary = try importText(text, on: Self.day2)
    #expect(summary.unchanged == 1 && summary.added == 0 && summary.revised == 0)
    #expect(!summary.changedAnything)
  }

  @Test func revisionLinesAreKeptForTheFirstRevisionsOnly() throws {
    var text = "indicator,region,period,value,source\n"
    for year in 1901...1930 { text += "gdp,mianyang,\(year),\(year),notes\n" }
    _ = try importText(text)
    let revised = try importText(text.replacingOccurrences(of: ",notes", with: "0,notes"), on: Self.day2)
    #expect(revised.revised == 30 && revised.added == 0)
    #expect(revised.revisions.count == ImportSummary.revisionLinesKept)
    #expect(revised.revisions.first == "gdp mianyang 1901: 1901 → 19010 (undated)")
  }

  @Test func targetsRoundTripWithTheirMilestones() throws {
    let target = PlanTarget(
      indicator: "gdp", region: "chengdu", kind: .multiple, basePeriod: 2020, baseValue: 17716.7, duePeriod: 2025, value: 2,
      qualifier: .about, direction: .higher, attribute: .binding, stretchValue: 2.2, comparedRegion: "sichuan",
      milestones: [.init(period: 2024, value: 30000, label: "b"), .init(period: 2023, value: .nan, label: "三年攻坚")],
      label: "倍增", source: SourceReference(title: "plan", location: "https://example.org", published: "2021-01"))
    let id = try store.addTarget(target)
    #expect(try store.addTarget(target) == id)  // an identical target is not added twice
    let read = try #require(try store.targets(region: "chengdu").first)
    #expect(read.id == id)
    var expected = target
    expected.id = id
    expected.milestones = []
    var withoutMilestones = read
    withoutMilestones.milestones = []
    #expect(withoutMilestones == expected)
    // Milestones by period; a path milestone (NaN) is stored as NULL and read back as NaN.
    #expect(read.milestones.map(\.period) == [2023, 2024])
    #expect(read.milestones[0].value.isNaN && read.milestones[0].label == "三年攻坚")
    #expect(read.milestones[1].value == 30000)
    #expect(try store.targets(region: "mianyang").isEmpty)
    #expect(try store.removeTarget(id: id))
    #expect(try store.targets().isEmpty)
  }

  @Test func regionsByCodeOrName() throws {
    #expect(try store.region(named: "四川省").code == "sichuan")
    #expect(try store.region(named: " Sichuan ").code == "sichuan")
    #expect(throws: StoreError.self) { try store.region(named: "atlantis") }
  }

  @Test func inMemoryStoresAreIndependent() throws {
    _ = try importText("indicator,region,period,value\ngdp,mianyang,2023,4038.73\n")
    let other = try IndicatorStore.inMemory()
    #expect(try other.observations(ObservationQuery()).isEmpty)
    #expect(try store.observations(ObservationQuery()).count == 1)
  }
}
