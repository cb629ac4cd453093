import IndicatorsCSV
import IndicatorsCore
import Testing

@Suite struct FormulaGuardTests {
  @Test(arguments: [
    ("=1+2", "'=1+2"), ("+1+2", "'+1+2"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("'=x", "''=x"), ("'x", "'x"), ("-1.5", "-1.5"), ("+3", "+3"), ("-2e-7", "-2e-7"), ("", ""), ("绵阳", "绵阳"),
    ("-", "'-"), ("'", "'"),
  ])
  func neutralizes(_ pair: (String, String)) {
    #expect(FormulaGuard.neutralize(pair.0) == pair.1)
    #expect(FormulaGuard.restore(pair.1) == pair.0)
  }

  /// restore(neutralize(t)) == t on random texts over the characters that matter.
  @Test func roundTripsRandomText() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [Character] = ["'", "=", "+", "-", "@", "\t", "1", ".", "e", "a", "绵", " "]
    for _ in 0..<20_000 {
      let text = String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(FormulaGuard.restore(FormulaGuard.neutralize(text)) == text, "\(text.debugDescription)")
    }
  }

  static let wide: [([UInt8], String)] = [
    ([0xFF, 0xFE, 0x00, 0x00, 0x69, 0, 0, 0], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
    ([0xFF, 0xFE, 0x69, 0x00], "UTF-16LE"), ([0xFE, 0xFF, 0x00, 0x69], "UTF-16BE"),
    ("indicator,region\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16LE (no byte-order mark)"),
    ("indicator,region\n".unicodeScalars.flatMap { s in [UInt8(s.value), 0, 0, 0] }, "UTF-32LE (no byte-order mark)"),
  ]

  @Test(arguments: wide)
  func namesWideEncodings(_ c: ([UInt8], String)) {
    #expect { try TextDecoding.decode(c.0, file: "f.csv") } throws: { ($0 as? InputError)?.message.contains("the file is \(c.1)") == true }
  }

  @Test func nulBytesAreNamed() {
    #expect { try TextDecoding.decode(Array("a,b\n1,\u{0}\n".utf8), file: "f.csv") } throws: {
      ($0 as? InputError)?.description == "f.csv:2: the file holds a NUL byte at offset 6: it is not a text (CSV) file"
    }
  }
}
