import IndicatorsCore
import Testing

@testable import IndicatorsCSV

/// `PlainCell`'s shortcuts give exactly what the general readers give, or step aside.
@Suite struct PlainCellTests {
  @Test func aPlainDecimalIsTheFigureTheGeneralParserReads() throws {
    var random = SplitMix64(seed: 20_261_128)
    let alphabet = Array("0123456789.-+,e 万")
    for _ in 0..<20_000 {
      let text = String((0..<Int.random(in: 0...16, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      guard let plain = PlainCell.figure(text) else { continue }
      #expect(plain == (try Figure(parsing: text)), "\(text)")
    }
    #expect(PlainCell.figure("1,234") == nil && PlainCell.figure("3万") == nil && PlainCell.figure("-") == nil)
    #expect(PlainCell.figure("-0012.50") == (try Figure(parsing: "-0012.50")))
  }

  @Test func trimmedIsTrimmingWhitespace() {
    for text in ["", " ", "a", " a", "a ", "\u{3000}绵阳", "绵阳\u{3000}", "亿元", "\ta\t", "1.5"] {
      #expect(PlainCell.trimmed(text) == text.trimmingWhitespace(), "\(text.debugDescription)")
    }
  }
}
