/// A decimal number kept as its digits and a power of ten, so that unit conversions by powers of
/// ten (万 = 10⁴, 亿 = 10⁸) are exact and the final `Double` is the correctly rounded value of the
/// decimal the source printed: 10444 万美元 becomes 1.0444 亿美元, not 1.0444000000000002.
package struct DecimalText: Hashable, Sendable {
  package var negative: Bool
  /// Significant digits without a decimal point or leading zeros ("0" for zero).
  package var digits: String
  package var exponent: Int

  /// Parses `123`, `-1.5`, `.5`, `1e3`, `1,234.5` (commas only as thousands groups of three).
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
      guard let power = Int(chars[chars.index(after: e)...]) else { return nil }
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
    guard !(integer.isEmpty && fraction.isEmpty),
      (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    var all = Substring(integer + fraction)
    exponent -= fraction.count
    while all.count > 1, all.first == "0" { all = all.dropFirst() }
    while all.count > 1, all.last == "0" {
      all = all.dropLast()
      exponent += 1
    }
    self.negative = negative && all != "0"
    self.digits = String(all)
    self.exponent = all == "0" ? 0 : exponent
  }

  package init(_ value: Double) {
    self.init("\(value)")!
  }

  package func scaled(byPowerOfTen power: Int) -> DecimalText {
    var copy = self
    if digits != "0" { copy.exponent += power }
    return copy
  }

  package var doubleValue: Double {
    Double("\(negative ? "-" : "")\(digits)e\(exponent)")!
  }

  package var negated: DecimalText {
    var copy = self
    copy.negative = !negative && digits != "0"
    return copy
  }
}
