import Foundation

/// Student's t distribution: CDF through the regularized incomplete beta function (continued
/// fraction by the modified Lentz method, Numerical Recipes §6.4) and quantiles by bisection
/// on the CDF to 1e-12.
package enum StudentT {
  /// P(T ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, by symmetry below; accurate to about 10⁻¹⁴
  /// (the continued fraction stops at a relative change of 10⁻¹⁵ or after 300 terms).
  /// - Precondition: ν > 0.
  package static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(nu > 0, "StudentT: degrees of freedom must be positive")
    let x = nu / (nu + t * t)
    let tail = 0.5 * regularizedIncompleteBeta(x, a: nu / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// The t such that P(T ≤ t) = p, by bisection on [−1000, 1000] to a relative 10⁻¹².
  ///
  /// - Precondition: 0 < p < 1 and ν > 0.
  /// - Note: the search is clamped to ±1000: a quantile beyond it (ν = 1 and p within 3.2·10⁻⁴ of
  ///   0 or 1, or ν = 2 and p within 5·10⁻⁷) is returned as ±1000, not the true value. Intervals
  ///   here use p = 0.9 or 0.975 with ν ≥ 1, for which the largest quantile is 12.7 (ν = 1).
  package static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(p > 0 && p < 1, "StudentT.quantile: p must be in (0, 1)")
    var low = -1e3, high = 1e3
    for _ in 0..<200 {
      let mid = (low + high) / 2
      if cdf(mid, degreesOfFreedom: nu) < p { low = mid } else { high = mid }
      if high - low < 1e-12 * max(1, abs(mid)) { break }
    }
    return (low + high) / 2
  }

  /// I_x(a, b).
  static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
    let logFront: Double = logBeta + a * log(x) + b * log(1 - x)
    if x < (a + 1) / (a + b + 2) {
      return exp(logFront) * continuedFraction(x, a: a, b: b) / a
    }
    return 1 - exp(logFront) * continuedFraction(1 - x, a: b, b: a) / b
  }

  private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...300 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d; if abs(d) < tiny { d = tiny }
      c = 1 + even / c; if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d; if abs(d) < tiny { d = tiny }
      c = 1 + odd / c; if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return h
  }
}
