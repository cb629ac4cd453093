import Foundation

/// A small, fast, seedable generator (Steele, Lea & Flood 2014) with Box–Muller normals: the
/// simulated ETS intervals and the randomised tests draw from it, so a run can be repeated.
package struct SplitMix64: RandomNumberGenerator {
  package var state: UInt64
  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform on (0, 1).
  package mutating func nextUniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

  package mutating func nextGaussian() -> Double {
    (-2 * log(nextUniform())).squareRoot() * cos(2 * Double.pi * nextUniform())
  }
}
