import IndicatorsCore
import Testing

@Suite struct PeriodTests {
  @Test(arguments: [
    ("2023", "2023"), ("2023年", "2023"), ("2023Q1", "2023Q1"), ("2023q4", "2023Q4"),
    ("2023年一季度", "2023Q1"), ("2023年第3季度", "2023Q3"), ("2023H1", "2023H1"), ("2023年上半年", "2023H1"),
    ("2023年下半年", "2023H2"), ("2023-03", "2023-03"), ("2023年3月", "2023-03"), ("2023年12月", "2023-12"),
    ("2023YTD11", "2023YTD11"), ("2023年1-11月", "2023YTD11"), ("2023年1—11月", "2023YTD11"),
    ("2021-2025", "2021-2025"), ("2021—2025年", "2021-2025"), ("２０２３", "2023"), (" 2023 ", "2023"),
    ("2023年前三季度", "2023YTD9"), ("2023年全年", "2023"), ("2023年度", "2023"),
  ])
  func parsesWrittenForms(_ text: String, _ canonical: String) throws {
    #expect(try Period(parsing: text).canonical == canonical)
  }

  @Test(arguments: ["2023Q5", "2023Q0", "2023H3", "2023年13月", "2023-00", "2023年3-5月", "202", "23年", "2025-2021", "abc", "", "2023年1-13月"])
  func refusesImpossiblePeriods(_ text: String) {
    #expect(throws: PeriodParseError.self) { try Period(parsing: text) }
  }

  @Test func yearToDateIsNotAMonth() throws {
    let ytd = try Period(parsing: "2021年1-11月")
    #expect(ytd.frequency == .yearToDate)
    #expect(ytd != (try Period(parsing: "2021-11")))
  }

  @Test func periodsOrderByEndTime() throws {
    let texts = ["2023", "2023Q1", "2022", "2023H1", "2023-02"]
    let sorted = try texts.map { try Period(parsing: $0) }.sorted().map(\.canonical)
    #expect(sorted == ["2022", "2023-02", "2023Q1", "2023H1", "2023"])
  }
}
