import Foundation

/// Simple exponential smoothing, ETS(A,N,N): ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1}); α and ℓ₀ minimise
/// the one-step squared errors. Forecast ℓ_n with sd σ√(1 + (h−1)α²) (Hyndman et al. 2008, §6.3).
package struct SESModel: ForecastModel {
  package init() {}
  package var name: String { "ses" }
  package var minimumLength: Int { 3 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    return Self.estimate(y)
  }

  static func run(_ y: [Double], alpha: Double, level0: Double) -> (sse: Double, fitted: [Double], level: Double) {
    var level = level0, sse = 0.0
    var fitted: [Double] = []
    fitted.reserveCapacity(y.count)
    for value in y {
      fitted.append(level)
      let error = value - level
      sse += error * error
      level += alpha * error
    }
    return (sse, fitted, level)
  }

  /// α and ℓ₀ minimising the one-step squared errors. For fixed α the errors are affine in ℓ₀,
  /// e_t = e⁰_t − (1 − α)ᵗ ℓ₀ (e⁰ the errors from ℓ₀ = 0), so the best ℓ₀ is Σe⁰w/Σw² with
  /// w_t = (1 − α)ᵗ, and only α needs a search: a grid of 20, then golden section around the best.
  static func estimate(_ y: [Double]) -> Fitted {
    func profile(_ alpha: Double) -> (sse: Double, level0: Double) {
      var level = 0.0, w = 1.0
      var sumEE = 0.0, sumEW = 0.0, sumWW = 0.0
      for value in y {
        let e0 = value - level
        sumEE += e0 * e0
        sumEW += e0 * w
        sumWW += w * w
        level += alpha * e0
        w *= 1 - alpha
      }
      let level0 = sumWW > 0 ? sumEW / sumWW : y[0]
      return (sumEE - sumEW * sumEW / sumWW, level0)
    }
    let low = 1e-4, high = 0.9999
    let grid = (0..<20).map { low + (high - low) * Double($0) / 19 }
    let best = grid.indices.min { profile(grid[$0]).sse < profile(grid[$1]).sse }!
    var a = grid[max(0, best - 1)], b = grid[min(grid.count - 1, best + 1)]
    let ratio = (5.0.squareRoot() - 1) / 2
    var c = b - ratio * (b - a), d = a + ratio * (b - a)
    var fc = profile(c).sse, fd = profile(d).sse
    for _ in 0..<40 where b - a > 1e-7 {
      if fc < fd { b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = profile(c).sse }
      else { a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = profile(d).sse }
    }
    let alpha = (a + b) / 2
    let level0 = profile(alpha).level0
    let result = run(y, alpha: alpha, level0: level0)
    let sigma = (result.sse / Double(max(1, y.count - 2))).squareRoot()
    return Fitted(alpha: alpha, level0: level0, level: result.level, sigma: sigma, fittedValues: result.fitted)
  }

  struct Fitted: FittedForecast {
    var alpha: Double, level0: Double, level: Double, sigma: Double
    var fittedValues: [Double]
    var parameters: [(name: String, value: Double)] { [("alpha", alpha), ("level0", level0)] }
    func predictive(horizon: Int) -> Predictive {
      Predictive(
        location: Array(repeating: level, count: horizon),
        standardDeviation: (0..<horizon).map { sigma * (1 + Double($0) * alpha * alpha).squareRoot() })
    }
  }
}

/// The Theta method as Hyndman & Billah (2003) showed it to be: SES with drift equal to half the
/// slope b of a linear trend, ŷ_{n+h} = ℓ_n + (b/2)(h − 1 + (1 − (1 − α)ⁿ)/α) — R's `thetaf`.
/// Intervals are those of SES.
package struct ThetaModel: ForecastModel {
  package init() {}
  package var name: String { "theta" }
  package var minimumLength: Int { 3 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let ses = SESModel.estimate(y)
    let slope = TrendRegression.line(y, times: y.indices.map(Double.init)).slope
    return Fitted(ses: ses, slope: slope, n: Double(y.count))
  }

  struct Fitted: FittedForecast {
    var ses: SESModel.Fitted
    var slope: Double
    var n: Double
    var fittedValues: [Double] { ses.fittedValues }
    var sigma: Double { ses.sigma }
    var parameters: [(name: String, value: Double)] { ses.parameters + [("drift", slope / 2)] }
    func predictive(horizon: Int) -> Predictive {
      var p = ses.predictive(horizon: horizon)
      let a = ses.alpha
      let offset = (1 - pow(1 - a, n)) / a
      for h in 0..<horizon { p.location[h] += slope / 2 * (Double(h) + offset) }
      return p
    }
  }
}
