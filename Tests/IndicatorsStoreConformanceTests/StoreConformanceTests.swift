import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsStore
import Testing

/// The rules every store backend keeps, written once against `IndicatorStoring` and run on each
/// backend (`Backend.available`); the expected values are worked out by hand from the rows.
@Suite struct StoreConformanceTests {
  static let day1 = CalendarDate(year: 2026, month: 1, day: 1)!
  static let day2 = CalendarDate(year: 2026, month: 6, day: 1)!

  @discardableResult
  static func importText(_ text: String, into store: any IndicatorStoring, on date: CalendarDate = day1, file: String = "t.csv") throws -> ImportSummary {
    let parsed = try ObservationFile.parse(bytes: Array(text.utf8), file: file)
    return try store.importObservations(parsed.observations, file: file, importDate: date)
  }

  static func latest(_ store: any IndicatorStoring, _ indicator: String = "gdp", region: String = "mianyang", asOf: CalendarDate? = nil) throws -> [Double] {
    try store.observations(ObservationQuery(indicators: [indicator], regions: [region], asOf: asOf)).map(\.value)
  }

  // MARK: Catalogue

  @Test(arguments: Backend.available) func catalogueIsAddedOnceAndResolvesEveryName(_ backend: Backend) throws {
    let store = try backend.emptyStore()
    let indicators = [
      IndicatorDefinition(code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level, aliases: ["GDP总量"]),
      IndicatorDefinition(code: "gdp_growth", nameZh: "地区生产总值增速", nameEn: "GDP growth", unit: MeasurementUnit(symbol: "%")!, measureKind: .rate),
    ]
    let regions = [
      RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan"),
      RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang", parent: "sichuan", aliases: ["绵阳"]),
    ]
    let first = try store.addCatalog(indicators: indicators, regions: regions)
    #expect(first.indicators == 2 && first.regions == 2)
    let again = try store.addCatalog(indicators: indicators, regions: regions)
    #expect(again.indicators == 0 && again.regions == 0)
    #expect(try store.indicators().map(\.code) == ["gdp", "gdp_growth"])
    #expect(try store.regions().map(\.code) == ["mianyang", "sichuan"])
    #expect(try store.region(named: "绵阳").code == "mianyang")
    #expect(try store.region(named: "mianyang").parent == "sichuan")
    #expect(try store.indicator(named: "GDP总量").code == "gdp")
    #expect(try store.indicator(named: "增速").code == "gdp_growth")

    let change = try store.saveRegions([
      RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang City", parent: "sichuan"),
      RegionDefinition(code: "deyang", nameZh: "德阳市", nameEn: "Deyang", parent: "四川省"),
      RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan"),
    ])
    #expect(change.added == ["deyang"] && change.updated == ["mianyang"] && change.unchanged == 1)
    #expect(try store.region(named: "deyang").parent == "sichuan")
    #expect(throws: StoreError.unknownSeries("'绵阳' already names the region mianyang (绵阳市); an alias names one region")) {
      try store.addRegionAliases("deyang", ["绵阳"])
    }
    #expect(try store.addIndicatorAliases("gdp", ["GDP", "生产总值"]).aliases == ["GDP总量", "生产总值"])
    #expect(try store.renameRegion("deyang", nameZh: "德阳", nameEn: nil, parent: nil).nameZh == "德阳")
    #expect(try store.renameIndicator("gdp", nameZh: nil, nameEn: "Gross regional product").nameEn == "Gross regional product")
    #expect(throws: StoreError.self) { try store.saveRegions([RegionDefinition(code: "mianyang", nameZh: "x", nameEn: "x")], mustBeNew: true) }
    #expect(throws: StoreError.self) {
      try store.saveIndicators(
        [IndicatorDefinition(code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "%")!, measureKind: .rate)], mustBeNew: false)
    }
  }

  /// A code is looked up on its own (`indicator(code:)`, `region(code:)`); a name or alias reads
  /// the catalogue. Either way the answer, aliases and error messages are those of `CatalogIndex`.
  @Test(arguments: Backend.available) func codesNamesAndAliasesResolveAlikeOnEveryBackend(_ backend: Backend) throws {
    let store = try backend.emptyStore()
    try store.addCatalog(
      indicators: [
        IndicatorDefinition(
          code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level,
          aliases: ["生产总值", "GDP总量"])
      ],
      regions: [
        RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan"),
        RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang", parent: "sichuan", aliases: ["绵阳", "Mian"]),
      ])
    // Aliases in byte order, as the catalogue lists them: "G" and "M" sort before a Chinese character.
    let gdp = IndicatorDefinition(
      code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: MeasurementUnit(symbol: "亿元")!, measureKind: .level,
      aliases: ["GDP总量", "生产总值"])
    let mianyang = RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang", parent: "sichuan", aliases: ["Mian", "绵阳"])
    #expect(try store.indicator(code: "gdp") == gdp)
    #expect(try store.region(code: "mianyang") == mianyang)
    #expect(try store.region(code: "sichuan") == RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan"))
    #expect(try store.catalogIndex().indicator(exactly: "gdp") == gdp)
    #expect(try store.catalogIndex().region(exactly: "mianyang") == mianyang)
    // Only a code is found by code.
    #expect(try store.indicator(code: "地区生产总值") == nil)
    #expect(try store.indicator(code: "GDP") == nil)
    #expect(try store.indicator(code: "gdp_growth") == nil)
    #expect(try store.region(code: "绵阳") == nil)

    #expect(try store.indicator(named: "gdp") == gdp)
    #expect(try store.indicator(named: "地区生产总值") == gdp)
    #expect(try store.indicator(named: "GDP总量") == gdp)
    #expect(try store.indicator(named: " ＧＤＰ ") == gdp)
    #expect(try store.indicator(named: "gd") == gdp)
    #expect(try store.region(named: "mianyang") == mianyang)
    #expect(try store.region(named: "绵阳市") == mianyang)
    #expect(try store.region(named: "绵阳") == mianyang)
    #expect(try store.region(named: "MIAN") == mianyang)
    #expect(throws: StoreError.unknownSeries("no indicator called 'gnp'; `indicators list` or `indicators indicator list` shows what there is")) {
      try store.indicator(named: " gnp ")
    }
    #expect(throws: StoreError.unknownSeries("no region called 'chengdu'; known regions: mianyang (绵阳市), sichuan (四川省)")) {
      try store.region(named: "chengdu")
    }
  }

  // MARK: Import and vintages

  @Test(arguments: Backend.importing) func revisionsAddVintagesAndAnIdenticalFileAddsNothing(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    let text = "indicator,region,period,value,source,published\ngdp,mianyang,2022,3626.94,bulletin,2023-04-01\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n"
    let first = try Self.importText(text, into: store)
    #expect(first.added == 2 && first.revised == 0 && first.unchanged == 0)
    let again = try Self.importText(text, into: store, on: Self.day2)
    #expect(again.added == 0 && again.revised == 0 && again.unchanged == 2)
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == 2)

    let revised = try Self.importText(
      "indicator,region,period,value,source,published\ngdp,mianyang,2023,4096,bulletin,2025-01-20\n", into: store, on: Self.day2)
    #expect(revised.added == 0 && revised.revised == 1)
    #expect(revised.revisions == ["gdp mianyang 2023: 4038.73 → 4096 (vintage 2025-01-20)"])
    #expect(try Self.latest(store) == [3626.94, 4096])
    #expect(try store.history(indicator: "gdp", region: "mianyang", period: .year(2023)).map(\.value) == [4038.73, 4096])
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == 3)

    // An older publication arriving later is recorded but does not become the current value.
    let older = try Self.importText(
      "indicator,region,period,value,source,published\ngdp,mianyang,2023,4000,yearbook,2024-09-01\n", into: store, on: Self.day2)
    #expect(older.revised == 1 && older.changes.first?.keptCurrent == true)
    #expect(try Self.latest(store) == [3626.94, 4096])
    #expect(try store.history(indicator: "gdp", region: "mianyang", period: .year(2023)).map(\.value) == [4038.73, 4000, 4096])
  }

  @Test(arguments: Backend.available) func asOfReadsGiveWhatWasKnownThen(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n", into: store)
    try Self.importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4096,bulletin,2025-01-20\n", into: store)
    try Self.importText("indicator,region,period,value,source\ngdp,mianyang,2024,4300,notes\n", into: store, on: Self.day2)
    #expect(try Self.latest(store, asOf: CalendarDate(year: 2024, month: 1, day: 1)!) == [])
    #expect(try Self.latest(store, asOf: CalendarDate(year: 2024, month: 12, day: 31)!) == [4038.73])
    #expect(try Self.latest(store, asOf: CalendarDate(year: 2026, month: 3, day: 1)!) == [4096])
    // The undated 2024 figure counts from the day it was recorded.
    #expect(try Self.latest(store, asOf: Self.day2) == [4096, 4300])
    let allAsOf = try store.observations(
      ObservationQuery(indicators: ["gdp"], regions: ["mianyang"], asOf: CalendarDate(year: 2025, month: 12, day: 31)!, allVintages: true))
    #expect(allAsOf.map(\.value) == [4038.73, 4096])
  }

  @Test(arguments: Backend.available) func aDatedFigureOutranksAnUndatedOne(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4038.73,bulletin,2024-04-17\n", into: store)
    try Self.importText("indicator,region,period,value,source\ngdp,mianyang,2023,4000,hearsay\n", into: store, on: Self.day2)
    #expect(try Self.latest(store) == [4038.73])
    // Undated versions sort first in a history, then dated ones by date.
    #expect(try store.history(indicator: "gdp", region: "mianyang", period: .year(2023)).map(\.value) == [4000, 4038.73])
  }

  @Test(arguments: Backend.available) func summariesCountPeriodsAndShowTheLatestValue(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText(
      """
      indicator,region,period,value,source,published
      gdp,mianyang,2021,3350.29,bulletin,2022-04-01
      gdp,mianyang,2022,3626.94,bulletin,2023-04-01
      gdp,mianyang,2023,4038.73,bulletin,2024-04-17
      gdp,sichuan,2023,60132.9,bulletin,2024-03-14
      """, into: store)
    try Self.importText("indicator,region,period,value,source,published\ngdp,mianyang,2023,4096,bulletin,2025-01-20\n", into: store)
    let summaries = try store.seriesSummaries()
    #expect(summaries.map { "\($0.indicator.code) \($0.region.code) \($0.first)–\($0.last) \($0.count) \($0.latest.value)" } == [
      "gdp mianyang 2021–2023 3 4096.0", "gdp sichuan 2023–2023 1 60132.9",
    ])
    #expect(try store.seriesCount() == 2)
    let then = try store.seriesSummaries(asOf: CalendarDate(year: 2023, month: 12, day: 31)!)
    #expect(then.map { "\($0.region.code) \($0.count) \($0.latest.value)" } == ["mianyang 2 3626.94"])
    // Without --region, the default region, else the only region that has the indicator.
    let sichuan = RegionDefinition(code: "sichuan", nameZh: "四川省", nameEn: "Sichuan", parent: "china", aliases: ["四川"])
    let mianyang = RegionDefinition(code: "mianyang", nameZh: "绵阳市", nameEn: "Mianyang", parent: "sichuan", aliases: ["绵阳"])
    #expect(try store.regionsWithSeries(of: "gdp").sorted { $0.code < $1.code } == [mianyang, sichuan])
    #expect(try store.regionsWithSeries(of: "gdp_growth").isEmpty)
    #expect(throws: StoreError.ambiguousSeries("gdp exists for 2 regions: mianyang (绵阳市), sichuan (四川省); pass --region")) {
      try store.resolveSeries(indicator: "gdp", region: nil)
    }
    #expect(throws: StoreError.unknownSeries("gdp_growth has no observations in any region")) {
      try store.resolveSeries(indicator: "地区生产总值增速", region: nil)
    }
    try store.setSetting(Settings.defaultRegion, to: "sichuan")
    #expect(try store.resolveSeries(indicator: "gdp", region: nil).1.code == "sichuan")
    #expect(try store.resolveSeries(indicator: "地区生产总值", region: "绵阳市").1.code == "mianyang")
  }

  @Test(arguments: Backend.available) func forEachSeriesHandsOverEverySeriesInCodeOrder(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText(
      """
      indicator,region,period,value,unit
      gdp,sichuan,2023,60132.9,亿元
      gdp,mianyang,2023Q1,900,亿元
      gdp,mianyang,2022,3626.94,亿元
      fdi,mianyang,2024,10444,万美元
      """, into: store)
    var seen: [String] = []
    try store.forEachSeries(asOf: nil) { indicator, region, points in
      seen.append("\(indicator) \(region) \(points.map { "\($0.period)=\($0.value)" }.joined(separator: " "))")
    }
    // Periods by their end: 2022 (Dec 2022) before 2023Q1 (Mar 2023).
    #expect(seen == ["fdi mianyang 2024=1.0444", "gdp mianyang 2022=3626.94 2023Q1=900.0", "gdp sichuan 2023=60132.9"])
  }

  /// A backend's own way of reading series (SQLite reads only the columns points need) gives what
  /// decoding whole observations gives: the current vintage, qualifiers, statuses, every series.
  @Test(arguments: Backend.available) func forEachSeriesGivesThePointsOfTheDecodedObservations(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText(
      """
      indicator,region,period,value,qualifier,status,published
      gdp,sichuan,2022,56749.8,exact,normal,2023-03-01
      gdp,sichuan,2023,60132.9,about,provisional,2024-03-14
      gdp,mianyang,2021,3350.29,at_least,derived,2022-04-01
      gdp,mianyang,2022,3626.94,exact,estimated,2023-04-01
      gdp_growth,mianyang,2023,8.6,below,break,2024-01-20
      """, into: store)
    try Self.importText("indicator,region,period,value,published\ngdp,sichuan,2023,60100,2025-01-20\n", into: store)
    func series(_ read: (any IndicatorStoring, (String, String, [SeriesPoint]) -> Void) throws -> Void) rethrows -> [String] {
      var seen: [String] = []
      try read(store) { indicator, region, points in
        seen.append("\(indicator) \(region) " + points.map { "\($0.period)=\($0.value) \($0.qualifier) \($0.status)" }.joined(separator: ", "))
      }
      return seen
    }
    let own = try series { try $0.forEachSeries(asOf: nil, $1) }
    #expect(own == (try series { try $0.forEachSeriesOfObservations(asOf: nil, $1) }))
    #expect(own == [
      "gdp mianyang 2021=3350.29 atLeast derived, 2022=3626.94 exact estimated",
      "gdp sichuan 2022=56749.8 exact normal, 2023=60100.0 exact normal",
      "gdp_growth mianyang 2023=8.6 below seriesBreak",
    ])
  }

  // MARK: Bad files

  @Test(arguments: Backend.importing) func aBadFileImportsNothing(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    #expect(throws: StoreError.self) {
      try Self.importText("indicator,region,period,value,unit\ngdp,mianyang,2022,3626.94,亿元\ngdp,mianyang,2023,8,%\n", into: store)
    }
    #expect(throws: StoreError.self) {
      try Self.importText("indicator,region,period,value,unit\nbrand_new,new_region,2022,1,个\n不存在的指标,mianyang,2023,8,%\n", into: store)
    }
    #expect(try store.observations(ObservationQuery(allVintages: true)).isEmpty)
    #expect(!(try store.indicators().map(\.code).contains("brand_new")))
    #expect(!(try store.regions().map(\.code).contains("new_region")))
    #expect(try store.seriesSummaries().isEmpty)
  }

  @Test(arguments: Backend.importing) func twoRowsThatDisagreeAreRefusedWithBothLines(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    let text = "indicator,region,period,value\ngdp,mianyang,2022,3626.94\ngdp,mianyang,2023,4038.73\ngdp,mianyang,2022,3600\n"
    #expect {
      try Self.importText(text, into: store)
    } throws: { error in
      "\(error)".contains("t.csv:4") && "\(error)".contains("line 2 gives 3626.94")
    }
    // A row repeated exactly is taken once.
    let repeated = try Self.importText("indicator,region,period,value\ngdp,mianyang,2022,3626.94\ngdp,mianyang,2022,3626.94\n", into: store)
    #expect(repeated.added == 1)
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == 1)
  }

  /// A file mixing a series the store has values of with a new one (SQLite stages the first and
  /// writes the second as it reads): exact repeats are taken once in both, and of two
  /// contradictions the first in the file is the one reported, whichever series it is in.
  @Test(arguments: Backend.importing) func repeatsAndContradictionsInKnownAndNewSeriesAlike(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText("indicator,region,period,value\ngdp,mianyang,2022,1\n", into: store)
    let header = "indicator,region,period,value\n"
    let known = ["gdp,mianyang,2023,2", "gdp,mianyang,2023,3"]  // a value, then a contradiction
    let new = ["gdp,sichuan,2022,5", "gdp,sichuan,2022,6"]
    for (lines, reported, earlier) in [
      ([new[0], known[0], new[0], known[1], new[1]], "t.csv:5", "line 3 gives 2"),
      ([new[0], known[0], known[0], new[1], known[1]], "t.csv:5", "line 2 gives 5"),
    ] {
      #expect {
        try Self.importText(header + lines.joined(separator: "\n") + "\n", into: store)
      } throws: { error in
        "\(error)".contains(reported) && "\(error)".contains(earlier)
      }
    }
    #expect(try store.observations(ObservationQuery(allVintages: true)).count == 1)
    let repeated = try Self.importText(header + [new[0], known[0], new[0], known[0]].joined(separator: "\n") + "\n", into: store)
    #expect(repeated.added == 2 && repeated.revised == 0 && repeated.unchanged == 0)
    #expect(try Self.latest(store, region: "sichuan") == [5] && Self.latest(store) == [1, 2])
  }

  /// The revision lines kept (20) begin with the revision of a stored value, even when the file
  /// goes on with a new series that has two vintages of each of 25 periods.
  @Test(arguments: Backend.importing) func aRevisionOfAStoredValueIsAmongTheLinesKept(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    try Self.importText("indicator,region,period,value,source,published\ngdp,mianyang,2022,1,a,2023-01-01\n", into: store)
    var text = "indicator,region,period,value,source,published\ngdp,mianyang,2022,2,a,2024-01-01\n"
    for year in 2000..<2025 { text += "gdp,sichuan,\(year),1,a,2023-01-01\ngdp,sichuan,\(year),2,a,2024-01-01\n" }
    let summary = try Self.importText(text, into: store)
    #expect(summary.revised == 26 && summary.added == 25)
    #expect(summary.changes.count == ImportSummary.revisionLinesKept)
    #expect(summary.changes.first?.region == "mianyang" && summary.changes.first?.value == "2")
    #expect(summary.changes.dropFirst().allSatisfy { $0.region == "sichuan" })
  }

  @Test(arguments: Backend.importing) func newIndicatorsAndRegionsComeFromCodes(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    let summary = try Self.importText("indicator,region,period,value,unit\nrobots,tianfu,2024,12,个\nrobots,tianfu,2025,15,个\n", into: store)
    #expect(summary.newIndicators == ["robots"] && summary.newRegions == ["tianfu"] && summary.added == 2)
    #expect(try Self.latest(store, "robots", region: "tianfu") == [12, 15])
  }

  // MARK: Targets and settings

  @Test(arguments: Backend.available) func targetsAreAddedOnceListedAndRemoved(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    let source = SourceReference(title: "十四五规划", location: "plan.pdf", published: "2021-03-01")
    let target = PlanTarget(
      indicator: "gdp", region: "mianyang", kind: .level, basePeriod: 2020, baseValue: 3010.08, duePeriod: 2025, value: 5000,
      qualifier: .atLeast, milestones: [PlanTarget.Milestone(period: 2023, value: .nan, label: "三年"), PlanTarget.Milestone(period: 2024, value: 4500, label: "")],
      label: "五年", source: source)
    let id = try store.addTarget(target)
    #expect(try store.addTarget(target) == id)
    let other = try store.addTarget(PlanTarget(indicator: "gdp", region: "sichuan", kind: .growth, basePeriod: nil, duePeriod: 2025, value: 6, source: source))
    #expect(other != id)
    let listed = try store.targets(region: "mianyang")
    #expect(listed.count == 1)
    let read = try #require(listed.first)
    #expect(read.id == id && read.value == 5000 && read.baseValue == 3010.08 && read.qualifier == .atLeast && read.label == "五年")
    #expect(read.source == source && read.milestones.count == 2 && read.milestones[0].value.isNaN && read.milestones[1].value == 4500)
    #expect(try store.targets().map(\.region) == ["mianyang", "sichuan"])
    #expect(try store.removeTarget(id: id))
    #expect(!(try store.removeTarget(id: id)))
    #expect(try store.targets().map(\.region) == ["sichuan"])
    #expect(throws: StoreError.unknownSeries("no region 'atlantis'")) {
      try store.addTarget(PlanTarget(indicator: "gdp", region: "atlantis", kind: .level, basePeriod: nil, duePeriod: 2025, value: 1, source: source))
    }
  }

  @Test(arguments: Backend.available) func settingsAreKeptAndReplaced(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    #expect(try store.setting("anything") == nil)
    #expect(try store.defaultRegion() == nil)
    try store.setSetting("colour", to: "blue")
    try store.setSetting("colour", to: "红")
    #expect(try store.setting("colour") == "红")
    #expect(try store.setDefaultRegion("绵阳市").code == "mianyang")
    #expect(try store.defaultRegion()?.code == "mianyang")
  }
}
