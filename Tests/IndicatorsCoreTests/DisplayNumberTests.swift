import IndicatorsCore
import Testing

@Suite struct DisplayNumberTests {
  @Test func publishedValuesLoseTheirFloatNoise() {
    #expect(DisplayNumber.value(-0.10000000000000053) == "-0.1")
    #expect(DisplayNumber.value(4038.7300000000005) == "4038.73")
    #expect(DisplayNumber.value(4600.66) == "4600.66")
    #expect(DisplayNumber.value(4096) == "4096")
    #expect(DisplayNumber.value(0.0001234) == "0.0001234")
    #expect(DisplayNumber.value(.nan) == ValueFormatting.notFinite)
  }

  @Test func computedValuesGetFourSignificantDigitsButKeepTheirIntegerPart() {
    #expect(DisplayNumber.significant(3930.118255629085) == "3930")
    #expect(DisplayNumber.significant(5006.0412) == "5006")
    #expect(DisplayNumber.significant(123456.7) == "123457")
    #expect(DisplayNumber.significant(0.57802) == "0.578")
    #expect(DisplayNumber.interval(0.57802, 9.4321) == "[0.58–9.43]")
    #expect(DisplayNumber.interval(3940.6, 6390.4) == "[3941–6390]")
    #expect(DisplayNumber.interval(-1.234, 0.5) == "[-1.23–0.5]")
  }

  @Test func growthAndProbabilityAsPercentages() {
    #expect(DisplayNumber.percent(fraction: 0.0943) == "9.43%")
    #expect(DisplayNumber.percent(fraction: 0.1) == "10.0%")
    #expect(DisplayNumber.percentValue(14.2) == "14.2")
    #expect(DisplayNumber.probability(0.0712) == "7%")
    #expect(DisplayNumber.probability(.nan) == ValueFormatting.notFinite)
  }

  @Test(arguments: [(0.0, 1.0), (1326, 6745), (-3.2, 7.9), (0.001, 0.0042), (99, 101), (-5e6, -1e6)])
  func ticksAreNiceAndCoverTheRange(_ low: Double, _ high: Double) {
    let (ticks, step) = DisplayNumber.niceTicks(low: low, high: high)
    #expect(ticks.first! <= low && ticks.last! >= high)
    #expect((3...11).contains(ticks.count))
    var mantissa = step
    while mantissa >= 10 { mantissa /= 10 }
    while mantissa < 1 { mantissa *= 10 }
    #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 })
  }
}

@Suite struct WordingTests {
  @Test func periodsReadAsAChineseReportWritesThem() {
    #expect(Wording.period(.yearToDate(2024, throughMonth: 9), .zh) == "2024年1-9月")
    #expect(Wording.period(.quarter(2023, 1), .zh) == "2023年一季度")
    #expect(Wording.period(.half(2024, 1), .zh) == "2024年上半年")
    #expect(Wording.period(.year(2023), .zh) == "2023年")
    #expect(Wording.period(.yearToDate(2024, throughMonth: 9), .en) == "2024YTD9")
  }

  @Test func closedSetsHaveChineseWords() {
    #expect(Qualifier.allCases.map { Wording.qualifier($0, .zh) } == ["", "超", "约", "近"])
    #expect(Wording.attribute(.expected, .zh) == "预期性" && Wording.attribute(.binding, .zh) == "约束性")
    #expect(Wording.measureKind(.level, .zh) == "总量")
    for words in [ObservationStatus.allCases.map { Wording.status($0, .zh) }, MeasureKind.allCases.map { Wording.measureKind($0, .zh) },
      PlanTarget.Kind.allCases.map { Wording.targetKind($0, .zh) }, PlanTarget.Direction.allCases.map { Wording.direction($0, .zh) }] {
      #expect(!words.contains { $0.contains { $0.isASCII && $0.isLetter } })
    }
  }

  @Test func targetNotesInBothLanguages() {
    #expect(TargetNote.noBaseValue(year: 2023).text(.zh) == "基期2023年无数据")
    #expect(TargetNote.noBaseValue(year: 2023).text(.en) == "no value for the base year 2023")
    #expect(TargetNote.dueValue(year: 2023, actual: 8, target: 10).text(.zh) == "2023年实际8，目标10")
    let gap = TargetNote.averageGap(points: 1.15, years: [2024, 2025])
    #expect(gap.text(.zh) == "2024、2025年平均高出1.15个百分点")
  }

  @Test func languageFollowsTheEnvironment() {
    #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
    #expect(Language.from(environment: ["LC_ALL": "zh_TW", "LANG": "en_US"]) == .zh)
    #expect(Language.from(environment: [:]) == .en)
  }

  @Test func languageOfACommandLine() {
    let chinese = ["LANG": "zh_CN.UTF-8"]
    #expect(Language.from(arguments: ["indicators", "list", "--lang", "zh"], environment: [:]) == .zh)
    #expect(Language.from(arguments: ["indicators", "list", "--lang=zh"], environment: [:]) == .zh)
    #expect(Language.from(arguments: ["indicators", "list", "--lang", "en"], environment: chinese) == .en)
    #expect(Language.from(arguments: ["indicators", "list", "--lang=fr"], environment: chinese) == .en)
    #expect(Language.from(arguments: ["indicators", "list"], environment: chinese) == .zh)
    #expect(Language.from(arguments: ["indicators", "list", "--lang"], environment: chinese) == .zh)
  }

  @Test func everyClosedSetHasWordsInBothLanguages() {
    for language in [Language.zh, .en] {
      #expect(Wording.RowKind.allCases.map { Wording.rowKind($0, language) }.allSatisfy { !$0.isEmpty })
      #expect(UserRole.allCases.map { Messages.role($0, language) }.allSatisfy { !$0.isEmpty })
      #expect(WriteChannel.allCases.map { Messages.channel($0, language) }.allSatisfy { !$0.isEmpty })
      #expect(AuditAction.allCases.map { Messages.auditAction($0, language) }.allSatisfy { !$0.isEmpty })
      #expect(PlanTarget.Kind.allCases.map { Wording.targetKind($0, language) }.allSatisfy { !$0.isEmpty })
    }
    #expect(Wording.status(.normal, .en).isEmpty && Wording.status(.seriesBreak, .en) == "break")
    #expect(Messages.auditAction(.importFile, .zh) == "导入" && Messages.channel(.web, .en) == "web")
  }

  @Test func suggestionsByEditDistance() {
    #expect(Suggestion.nearest(to: "gpd", among: ["gdp", "GDP", "fdi", "gdp_growth"]) == ["gdp"])
    #expect(Suggestion.nearest(to: "forcast", among: ["fit", "forecast", "report"]) == ["forecast"])
    #expect(Suggestion.nearest(to: "地区生产总直", among: ["地区生产总值", "研发经费投入强度"]) == ["地区生产总值"])
    #expect(Suggestion.nearest(to: "xyz", among: ["gdp", "fdi"]).isEmpty)
  }
}
