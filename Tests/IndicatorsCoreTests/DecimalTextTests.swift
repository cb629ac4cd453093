import IndicatorsCore
import Testing

/// `DecimalText` reads a decimal in one pass over its bytes and converts it with Clinger's fast path
/// when it can; both must agree with the C library's correctly rounded conversion everywhere.
@Suite struct DecimalTextTests {
  /// Random decimals of 1–20 digits, a point anywhere, signs and exponents from −30 to 30: inside and
  /// outside the fast path (≤ 15 digits, |exponent| ≤ 22), each equal to `Double(text)`.
  @Test func agreesWithTheCorrectlyRoundedConversion() throws {
    var random = SplitMix64(seed: 20_261_127)
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...20, using: &random)
      var digits = (0..<count).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
      if Bool.random(using: &random) { digits.insert(".", at: digits.index(digits.startIndex, offsetBy: Int.random(in: 0...count, using: &random))) }
      if digits == "." { digits = "0.5" }
      var text = (Bool.random(using: &random) ? "-" : "") + digits
      if Int.random(in: 0..<3, using: &random) == 0 { text += "e\(Int.random(in: -30...30, using: &random))" }
      let parsed = try #require(DecimalText(text), "\(text)")
      let expected = try #require(Double(text))
      #expect(parsed.doubleValue == expected, "\(text)")
    }
  }

  /// Thousands groups of three only, in the integer part; one point; digits only.
  @Test(arguments: [
    ("1,234.5", 1234.5), ("12,345,678", 12_345_678), ("123", 123), (".5", 0.5), ("5.", 5), ("+7", 7), ("-0.0", 0),
    ("1e3", 1000), ("2.5E-3", 0.0025), ("0010.2500", 10.25),
  ])
  func acceptedForms(_ text: String, _ value: Double) throws {
    #expect(try #require(DecimalText(text)).doubleValue == value)
  }

  @Test(arguments: [",123", "1,,234", "1,23", "1234,567", "1,234.5,6", "1.2.3", ".", "", "-", "1e", "１２", "1 2", "1_000", "0x10"])
  func refusedForms(_ text: String) {
    #expect(DecimalText(text) == nil)
  }

  /// Trailing zeros move into the exponent and the sign of zero is dropped, as before.
  @Test func normalForm() throws {
    let a = try #require(DecimalText("-0012.3400"))
    #expect(a.negative && a.digits == "1234" && a.exponent == -2)
    let zero = try #require(DecimalText("-0.000"))
    #expect(!zero.negative && zero.digits == "0" && zero.exponent == 0)
    for (text, digits, exponent) in [("100", "1", 2), ("1,000", "1", 3), ("0.00120", "12", -4), ("10.01", "1001", -2), ("7", "7", 0), ("-5e3", "5", 3)] {
      let number = try #require(DecimalText(text))
      #expect(number.digits == digits && number.exponent == exponent, "\(text)")
    }
  }
}
