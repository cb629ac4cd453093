import IndicatorsCore
import Testing

/// Values and periods as statistical bulletins word them (issue 12).
@Suite struct BulletinWordingTests {
  @Test(arguments: [
    ("同比增长6.0%", 6.0, "%"), ("同比下降1.2%", -1.2, "%"), ("比上年增长5.5%", 5.5, "%"), ("较上年下降0.3%", -0.3, "%"),
  ])
  func growthWordsBeforeAPercentage(_ text: String, _ value: Double, _ unit: String) throws {
    let figure = try Figure(parsing: text)
    #expect(figure.value == value)
    #expect(figure.unit?.symbol == unit)
    #expect(figure.qualifier == nil)
  }

  @Test(arguments: [
    ("近3亿美元", 3.0, Qualifier.below, "亿美元"), ("超6000亿元", 6000, .atLeast, "亿元"), ("4600余亿元", 4600, .atLeast, "亿元"),
    ("0.38万亿元", 0.38, nil, "万亿元"),
  ])
  func qualifiersAndUnitsInsideTheValue(_ text: String, _ value: Double, _ qualifier: Qualifier?, _ unit: String) throws {
    let figure = try Figure(parsing: text)
    #expect(figure.value == value)
    #expect(figure.qualifier == qualifier)
    #expect(figure.unit?.symbol == unit)
  }

  @Test(arguments: ["", " ", "-", "－", "—", "——", "–", "−", "---"])
  func dashesAndEmptyMeanNoData(_ text: String) {
    #expect(Figure.meansNoData(text))
  }

  @Test(arguments: ["0", "-1", "—5", "n/a", "----", "abc"])
  func numbersAndWordsAreNotNoData(_ text: String) {
    #expect(!Figure.meansNoData(text))
  }

  @Test(arguments: [
    ("2024年前三季度", "2024YTD9"), ("2024年全年", "2024"), ("2024年", "2024"), ("2024年1-9月", "2024YTD9"),
    ("2024年上半年", "2024H1"), ("2024年1-9月份", "2024YTD9"), ("2024年1-9月累计", "2024YTD9"), ("2024年6月份", "2024-06"),
  ])
  func bulletinPeriods(_ text: String, _ canonical: String) throws {
    #expect(try Period(parsing: text).canonical == canonical)
  }

  @Test func mistakesOfAFileReadAsOneMessage() throws {
    let first = InputError(InputLocation(file: "a.csv", line: 2, column: 2), "no region called 'x'")
    let second = InputError(InputLocation(file: "a.csv", line: 5, column: 4), "'abc' is not a number")
    let both = try #require(InputError(collecting: [first, second], leftOut: 3))
    #expect(both.location == first.location)
    #expect(both.further == [second])
    #expect(both.description == """
      a.csv: 5 problems (nothing was imported):
        a.csv:2:2: no region called 'x'
        a.csv:5:4: 'abc' is not a number
        … and 3 more
      """)
    #expect(InputError(collecting: [first])?.description == "a.csv:2:2: no region called 'x'")
    #expect(InputError(collecting: []) == nil)
  }
}
