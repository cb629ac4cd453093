import Foundation
import IndicatorsCore
@testable import IndicatorsForecast
import Testing

/// The optimisers' fast paths must give the same numbers, to the bit, as the plain computations
/// they replace: `auto`'s forecasts were checked identical before and after on every benchmark set,
/// and these tests keep it so.
@Suite struct FastPathTests {
  /// `frexpOfNormal` against C's frexp on normal numbers across the whole exponent range, powers
  /// of two (whose fraction is exactly 0.5), and the cases it hands back to frexp.
  @Test func frexpOfNormalMatchesFrexp() {
    var random = SplitMix64(seed: 11)
    var cases: [Double] = [1, 0.5, 2, 3, 0.75, 1e-300, 1e300, .leastNormalMagnitude, .greatestFiniteMagnitude]
    cases += [.leastNonzeroMagnitude, .leastNormalMagnitude / 3, 0, .infinity]
    for _ in 0..<20_000 {
      let exponent = Double(Int(random.next() % 2000)) - 1000
      cases.append(Double(random.next() % 1_000_000 + 1) / 1_000_000 * pow(2, exponent))
    }
    for x in cases {
      let (fraction, power) = ETSRecursion.frexpOfNormal(x)
      let (expectedFraction, expectedPower) = frexp(x)
      #expect(fraction.bitPattern == expectedFraction.bitPattern && power == expectedPower, "x = \(x)")
    }
    // A hand-worked case: 6 = 0.75 · 2³.
    #expect(ETSRecursion.frexpOfNormal(6) == (0.75, 3))
  }

  /// DOTM's objective from the precomputed running lines equals the full recursion's sum of
  /// squared errors bit for bit, on random series and parameters.
  @Test func dotmObjectiveMatchesTheFullRecursion() {
    var random = SplitMix64(seed: 7)
    for length in [4, 5, 17, 100] {
      var y: [Double] = [100]
      for _ in 1..<length { y.append(y.last! * (1.03 + 0.02 * random.nextGaussian())) }
      let lines = DynamicThetaModel.RunningLines(y)
      for _ in 0..<50 {
        let level0 = y[0] * Double(random.next() % 1000) / 1000
        let alpha = 0.1 + 0.89 * Double(random.next() % 1000) / 1000
        let theta = 1 + 5 * Double(random.next() % 1000) / 1000
        var none: [Double]? = nil
        let full = DynamicThetaModel.run(y, level0: level0, alpha: alpha, theta: theta, fitted: &none).sse
        let fast = DynamicThetaModel.sumOfSquaredErrors(y, lines: lines, level0: level0, alpha: alpha, theta: theta)
        #expect(fast.bitPattern == full.bitPattern, "n = \(length), α = \(alpha), θ = \(theta)")
      }
    }
  }

  /// The running lines by hand for y = 1, 3, 2: after two values the line through (1, 1), (2, 3)
  /// is A = −1, B = 2; after three, through (1, 1), (2, 3), (3, 2): B = 0.5, A = 1.
  @Test func runningLinesByHand() {
    let lines = DynamicThetaModel.RunningLines([1, 3, 2])
    #expect(lines.slope == [0, 2, 0.5])
    #expect(lines.intercept == [1, -1, 1])
  }
}
