import IndicatorsCore
import Testing

@Suite struct UnitConversionTests {
  func input(_ text: String, unit: String?) throws -> ObservationInput {
    ObservationInput(
      indicator: "gdp", region: "mianyang", period: .year(2023), figure: try Figure(parsing: text),
      unit: unit.map { MeasurementUnit(symbol: $0)! }, qualifier: .exact, status: .normal,
      source: SourceReference(title: "t"), vintage: nil, locator: "", note: "", location: InputLocation(file: "t.csv", line: 2))
  }

  static let yi = MeasurementUnit(symbol: "亿元")!

  @Test func convertsExactlyWithinADimension() throws {
    #expect(try input("1.02", unit: "万亿元").number(in: Self.yi)?.doubleValue == 10200)
    #expect(try input("633", unit: "万元").number(in: Self.yi)?.doubleValue == 0.0633)
    #expect(try input("4096", unit: nil).number(in: Self.yi)?.doubleValue == 4096)  // as written
  }

  @Test func bulletinUnitsBeyondMoneyAndCounts() throws {
    #expect(try input("260", unit: "万人次").number(in: MeasurementUnit(symbol: "人次")!)?.doubleValue == 2_600_000)
    #expect(try input("792.27", unit: "千公顷").number(in: MeasurementUnit(symbol: "万公顷")!)?.doubleValue == 79.227)
    #expect(try input("1.5", unit: "亿千瓦时").number(in: MeasurementUnit(symbol: "万千瓦时")!)?.doubleValue == 15000)
    // 亩 and 公顷 differ by 15, 公里 is not 平方公里, ‰ is not %.
    #expect(try input("39.48", unit: "万亩").number(in: MeasurementUnit(symbol: "公顷")!) == nil)
    #expect(try input("930", unit: "公里").number(in: MeasurementUnit(symbol: "平方公里")!) == nil)
    #expect(try input("12.03", unit: "‰").number(in: MeasurementUnit(symbol: "%")!) == nil)
  }

  @Test func refusesAcrossDimensions() throws {
    #expect(try input("5", unit: "亿美元").number(in: Self.yi) == nil)
    #expect(try input("1.4", unit: "个百分点").number(in: MeasurementUnit(symbol: "%")!) == nil)
  }

  @Test(arguments: [
    ("%", MeasureKind.rate), ("个百分点", .rate), ("家", .count), ("万人", .count), ("辆", .count),
    ("位", .rank), ("倍", .ratio), ("亿元", .level), ("万美元", .level), ("平方公里", .level), ("万吨", .level),
    ("公里", .level), ("万人次", .count), ("万亩", .level), ("‰", .rate), ("万标箱", .count),
  ])
  func measureKindFollowsTheUnit(_ symbol: String, _ kind: MeasureKind) {
    #expect(MeasurementUnit(symbol: symbol)!.measureKind == kind)
  }

  @Test func levelsAndCountsGrow() {
    #expect(MeasureKind.allCases.filter(\.isLevel) == [.level, .count])
  }
}
