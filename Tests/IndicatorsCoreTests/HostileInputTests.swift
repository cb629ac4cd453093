import IndicatorsCore
import Testing

/// The edges where user text becomes values: nothing traps, nothing out of range gets through.
@Suite struct HostileInputTests {
  @Test(arguments: [
    "1e309", "1e9223372036854775807亿", "1e99999999999999999999", "-1e400",
    String(repeating: "9", count: 400), "1.8e308万",
  ])
  func tooLargeIsRefused(_ text: String) {
    #expect { try Figure(parsing: text) } throws: { ($0 as? FigureParseError)?.reason.contains("too large") == true }
  }

  @Test(arguments: ["1e-400", "1.5e-9223372036854775808", "0.\(String(repeating: "0", count: 400))1", "1e-330万"])
  func tooSmallIsRefused(_ text: String) {
    #expect { try Figure(parsing: text) } throws: { ($0 as? FigureParseError)?.reason.contains("too small") == true }
  }

  @Test func zeroAndSubnormalsAreNumbers() throws {
    #expect(try Figure(parsing: "0").value == 0)
    #expect(try Figure(parsing: "0e-999999").value == 0)
    #expect(try Figure(parsing: "-0.000").value == 0)
    #expect(try Figure(parsing: "1e-310").value == 1e-310)
    #expect(try Figure(parsing: "1.7976931348623157e308").value == .greatestFiniteMagnitude)
  }

  @Test func longCellsAreRefusedQuicklyWithAShortMessage() {
    let text = String(repeating: "9", count: 5_000_000)
    do {
      _ = try Figure(parsing: text)
      Issue.record("accepted")
    } catch {
      #expect(error.description.count < 200)
      #expect(error.description.contains("5000000 characters"))
    }
  }

  @Test func decimalExponentsAreClamped() throws {
    let huge = try #require(DecimalText("1e99999999999999999999"))
    #expect(huge.exponent == DecimalText.exponentLimit)
    #expect(huge.scaled(byPowerOfTen: .max).exponent == DecimalText.exponentLimit)
    #expect(huge.doubleValue == .infinity)
    #expect(DecimalText("1e") == nil)
    #expect(DecimalText("1e+") == nil)
    #expect(DecimalText("0001.2300")?.digits == "123")
  }

  @Test(arguments: ["1799", "2201", "9999Q1", "2021-2300", "1000年", "2023-2201"])
  func periodsOutsideTheYearsAreRefused(_ text: String) {
    #expect { try Period(parsing: text) } throws: { ($0 as? PeriodParseError)?.reason.contains("outside the supported years") == true }
  }

  @Test func datesAreCheckedWithoutTrapping() {
    #expect(CalendarDate(parsing: "99999999999999999999") == nil)
    #expect(CalendarDate(parsing: "2024-99999999999999999999-01") == nil)
    #expect(CalendarDate(parsing: "1799-12-31") == nil)
    #expect(CalendarDate(parsing: "2201") == nil)
    #expect(CalendarDate(parsing: "2200-12-31")?.description == "2200-12-31")
    #expect(CalendarDate(parsing: "1800")?.description == "1800-01-01")
  }

  @Test func excerptsAreShort() {
    #expect(ChineseText.excerpt("short") == "short")
    #expect(ChineseText.excerpt(String(repeating: "绵", count: 100)) == String(repeating: "绵", count: 40) + "… (100 characters)")
  }

  @Test func printableDropsControlCharacters() {
    #expect(ChineseText.printable("\u{1B}[31mred\u{1B}[0m\u{7}") == "[31mred[0m")
    #expect(ChineseText.printable("a\nb\tc\u{202E}d") == "a\nb\tcd")
    #expect(ChineseText.printable("a\r\nb", singleLine: true) == "a  b")
    #expect(ChineseText.printable("绵阳 ok") == "绵阳 ok")
  }

  static func target(_ kind: PlanTarget.Kind, base: Int? = 2020, due: Int = 2025, value: Double, baseValue: Double? = nil) -> PlanTarget {
    PlanTarget(indicator: "gdp", region: "chengdu", kind: kind, basePeriod: base, baseValue: baseValue, duePeriod: due, value: value, source: SourceReference(title: "test"))
  }

  @Test func targetsThatMeanNothingNameTheField() {
    func field(_ t: PlanTarget) -> TargetProblem.Field? {
      do { try t.validate(); return nil } catch { return error.field }
    }
    #expect(field(Self.target(.level, value: 6000)) == nil)
    #expect(field(Self.target(.multiple, value: 2)) == nil)
    #expect(field(Self.target(.level, due: 20277, value: 6000)) == .due)
    #expect(field(Self.target(.level, due: 2020, value: 6000)) == .due)
    #expect(field(Self.target(.level, base: 1700, value: 6000)) == .base)
    #expect(field(Self.target(.level, value: .infinity)) == .value)
    #expect(field(Self.target(.level, value: .nan)) == .value)
    #expect(field(Self.target(.growth, value: -150)) == .value)
    #expect(field(Self.target(.cumulative, value: -100)) == .value)
    #expect(field(Self.target(.multiple, value: 0)) == .value)
    #expect(field(Self.target(.share, value: 150)) == .value)
    #expect(field(Self.target(.multiple, value: 2, baseValue: 0)) == .baseValue)
    #expect(field(Self.target(.growth, value: 7, baseValue: -1)) == .baseValue)
    var relative = Self.target(.relative, value: 1)
    relative.comparedRegion = "chengdu"
    #expect(field(relative) == .compared)
    var milestone = Self.target(.multiple, value: 2)
    milestone.milestones = [.init(period: 2025, value: .nan, label: "x")]
    #expect(field(milestone) == .milestone)
  }
}
