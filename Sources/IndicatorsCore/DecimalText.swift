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
    // One pass over the UTF-8 bytes: every accepted character is ASCII, so any other byte
    // refuses the text, and byte counts are character counts where they matter.
    var utf8 = text.utf8[...]
    var negative = false
    if let sign = utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      utf8 = utf8.dropFirst()
    }
    var exponent = 0
    if let e = utf8.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      guard let power = Self.exponent(utf8[utf8.index(after: e)...]) else { return nil }
      exponent = power
      utf8 = utf8[..<e]
    }
    // The digits of the integer and fraction parts (without the point and thousands commas) are
    // counted here, the zeros before the first other digit and after the last one apart, and
    // copied into `digits` once the text is known to be a number.
    var digitCount = 0
    var leadingZeros = 0
    var trailingZeros = 0
    var fractionCount = 0
    var inFraction = false
    var sawComma = false
    var group = 0  // digits since the start or the last comma
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if byte != UInt8(ascii: "0") {
          trailingZeros = 0
        } else if leadingZeros == digitCount {
          leadingZeros += 1
        } else {
          trailingZeros += 1
        }
        digitCount += 1
        group += 1
        if inFraction { fractionCount += 1 }
      case UInt8(ascii: "."):
        guard !inFraction else { return nil }
        // Groups of three after a comma, and the first group of one to three digits.
        if sawComma, group != 3 { return nil }
        inFraction = true
      case UInt8(ascii: ",") where !inFraction:
        guard sawComma ? group == 3 : (1...3).contains(group) else { return nil }
        sawComma = true
        group = 0
      default:
        return nil
      }
    }
    if sawComma, !inFraction, group != 3 { return nil }
    guard digitCount > 0 else { return nil }
    guard leadingZeros < digitCount else {
      self.negative = false
      self.digits = "0"
      self.exponent = 0
      return
    }
    let count = digitCount - leadingZeros - trailingZeros
    self.negative = negative
    self.digits = String(unsafeUninitializedCapacity: count) { buffer in
      var skipped = 0
      var written = 0
      for byte in utf8 where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        if skipped < leadingZeros {
          skipped += 1
        } else if written < count {
          buffer[written] = byte
          written += 1
        }
      }
      return written
    }
    self.exponent = Self.clamped(exponent - min(fractionCount, Self.exponentLimit) + trailingZeros)
  }

  /// Exponents beyond this many powers of ten are clamped to it.
  package static let exponentLimit = 1_000_000

  static func clamped(_ e: Int) -> Int { min(max(e, -exponentLimit), exponentLimit) }

  /// `+12`, `-3`, `7`: a signed run of ASCII digits, clamped to ±`exponentLimit`.
  static func exponent(_ text: Substring.UTF8View) -> Int? {
    var digits = text
    var sign = 1
    if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      sign = first == UInt8(ascii: "-") ? -1 : 1
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    var value = 0
    for c in digits {
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
    // Clinger's fast path: at most 15 digits are exact in a Double, as is 10^k for k ≤ 22, so one
    // multiplication or division rounds correctly; anything else goes through the C library's
    // correctly rounded conversion.
    if digits.utf8.count <= 15, (-22...22).contains(exponent) {
      var mantissa = 0
      for c in digits.utf8 { mantissa = mantissa * 10 + Int(c &- 0x30) }
      let scaled = exponent >= 0 ? Double(mantissa) * Self.powersOfTen[exponent] : Double(mantissa) / Self.powersOfTen[-exponent]
      return negative ? -scaled : scaled
    }
    return Double("\(negative ? "-" : "")\(digits)e\(exponent)")!
  }

  /// 10^0 … 10^22, each exact in a Double.
  private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

  package var negated: DecimalText {
    var copy = self
    copy.negative = !negative && digits != "0"
    return copy
  }
}
