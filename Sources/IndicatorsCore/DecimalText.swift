/// A decimal number kept as its digits and a power of ten, so that unit conversions by powers of
/// ten (万 = 10⁴, 亿 = 10⁸) are exact and the final `Double` is the correctly rounded value of the
/// decimal the source printed: 10444 万美元 becomes 1.0444 亿美元, not 1.0444000000000002.
package struct DecimalText: Hashable, Sendable {
  package var negative: Bool
  /// Significant digits without a decimal point or leading zeros ("0" for zero).
  package var digits: String
  package var exponent: Int

  /// Parses `123`, `-1.5`, `.5`, `1e3`, `1,234.5` (commas only as thousands groups of three).
  /// Exponents are kept within ±`exponentLimit` (a larger one is already far outside `Double`), so
  /// no text can overflow the arithmetic; `doubleValue` then says ±infinity or 0, which callers
  /// check (see `Figure`). Linear in the length of the text.
  package init?(_ text: String) {
    var chars = Substring(text)
    var negative = false
    if chars.first == "-" || chars.first == "+" {
      negative = chars.first == "-"
      chars = chars.dropFirst()
    }
    var mantissa = chars
    var exponent = 0
    if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let power = Self.exponent(chars[chars.index(after: e)...]) else { return nil }
      exponent = power
      mantissa = chars[..<e]
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    var integer = String(parts[0])
    if integer.contains(",") {
      let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
      guard let head = groups.first, (1...3).contains(head.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
      integer = groups.joined()
    }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    let all = Array((integer + fraction).utf8)
    guard !all.isEmpty, all.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
    exponent -= min(fraction.utf8.count, Self.exponentLimit)
    let first = all.firstIndex { $0 != 0x30 } ?? all.count
    var end = all.count
    while end > first + 1, all[end - 1] == 0x30 {
      end -= 1
      exponent += 1
    }
    let significant = first == all.count ? "0" : String(decoding: all[first..<end], as: UTF8.self)
    self.negative = negative && significant != "0"
    self.digits = significant
    self.exponent = significant == "0" ? 0 : Self.clamped(exponent)
  }

  /// Exponents beyond this many powers of ten are clamped to it.
  package static let exponentLimit = 1_000_000

  static func clamped(_ e: Int) -> Int { min(max(e, -exponentLimit), exponentLimit) }

  /// `+12`, `-3`, `7`: a signed run of ASCII digits, clamped to ±`exponentLimit`.
  static func exponent(_ text: Substring) -> Int? {
    var digits = Substring(text)
    var sign = 1
    if digits.first == "-" || digits.first == "+" {
      sign = digits.first == "-" ? -1 : 1
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    var value = 0
    for c in digits.utf8 {
      guard (0x30...0x39).contains(c) else { return nil }
      value = min(value * 10 + Int(c - 0x30), exponentLimit + 1)
    }
    return clamped(sign * value)
  }

  /// The decimal that prints as `value`. Precondition: `value` is finite.
  package init(_ value: Double) {
    precondition(value.isFinite, "DecimalText: \(value) is not a finite number")
    self.init("\(value)")!
  }

  package func scaled(byPowerOfTen power: Int) -> DecimalText {
    var copy = self
    if digits != "0" { copy.exponent = Self.clamped(exponent + Self.clamped(power)) }
    return copy
  }

  /// The correctly rounded `Double`: ±infinity beyond its range, ±0 below its smallest subnormal.
  package var doubleValue: Double {
    Double("\(negative ? "-" : "")\(digits)e\(exponent)")!
  }

  package var negated: DecimalText {
    var copy = self
    copy.negative = !negative && digits != "0"
    return copy
  }
}
