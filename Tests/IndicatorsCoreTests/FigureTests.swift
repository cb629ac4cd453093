import IndicatorsCore
import Testing

@Suite struct FigureTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var value: Double
    var qualifier: Qualifier?
    var unit: String?
    var testDescription: String { text }
  }

  @Test(arguments: [
    Case(text: "4038.73", value: 4038.73), Case(text: "超100", value: 100, qualifier: .atLeast),
    Case(text: "2900余", value: 2900, qualifier: .atLeast), Case(text: "近300", value: 300, qualifier: .below),
    Case(text: "1.02万", value: 10200), Case(text: "突破200", value: 200, qualifier: .atLeast),
    Case(text: "约6%", value: 6, qualifier: .about, unit: "%"), Case(text: "6%左右", value: 6, qualifier: .about, unit: "%"),
    Case(text: "633亿元", value: 633, unit: "亿元"), Case(text: "超9000万美元", value: 9000, qualifier: .atLeast, unit: "万美元"),
    Case(text: "下降1.2%", value: -1.2, unit: "%"), Case(text: "-0.5", value: -0.5), Case(text: "1,234.5", value: 1234.5),
    Case(text: "１２．５", value: 12.5), Case(text: "4000以上", value: 4000, qualifier: .atLeast),
    Case(text: "1.4个百分点", value: 1.4, unit: "个百分点"), Case(text: "200余家", value: 200, qualifier: .atLeast, unit: "家"),
    Case(text: "3万余", value: 30000, qualifier: .atLeast), Case(text: "1e3", value: 1000),
  ])
  func readsChineseFigures(_ c: Case) throws {
    let figure = try Figure(parsing: c.text)
    #expect(figure.value == c.value)
    #expect(figure.qualifier == c.qualifier)
    #expect(figure.unit?.symbol == c.unit)
  }

  @Test(arguments: ["abc", "12,3", "", "超", "1.2.3", "约近5", "--5", "5x"])
  func refusesWhatIsNotANumber(_ text: String) {
    #expect(throws: FigureParseError.self) { try Figure(parsing: text) }
  }

  @Test func preliminaryIsNoted() throws {
    #expect(try Figure(parsing: "预计4000").provisional)
  }

  /// 10444 万美元 in 亿美元 is exactly the decimal 1.0444, not 1.0444000000000002.
  @Test func unitConversionIsExactInDecimal() throws {
    let figure = try Figure(parsing: "10444")
    let power = try #require(MeasurementUnit(symbol: "万美元")?.powerOfTen(to: MeasurementUnit(symbol: "亿美元")!))
    #expect(figure.number.scaled(byPowerOfTen: power).doubleValue == 1.0444)
    #expect(MeasurementUnit(symbol: "%")!.powerOfTen(to: MeasurementUnit(symbol: "亿元")!) == nil)
    #expect(MeasurementUnit(symbol: "%")!.powerOfTen(to: MeasurementUnit(symbol: "个百分点")!) == nil)
  }

  @Test func displayWidthCountsCJKAsTwo() {
    #expect(ChineseText.displayWidth("绵阳") == 4)
    #expect(ChineseText.displayWidth("gdp") == 3)
    #expect(ChineseText.displayWidth("绵阳a") == 5)
  }
}
