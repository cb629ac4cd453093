import Foundation
import IndicatorsNumerics

/// A least-squares trend extrapolated: linear in levels, or log-linear (constant growth) in logs.
/// Optionally fitted on the last `window` points only, or with weights δ^(n−1−t) that discount
/// old years. Prediction sd √(σ² + x₀ᵀ Cov(b) x₀) with Student-t quantiles on n − 2 degrees of
/// freedom (the classical regression prediction interval).
package struct TrendForecastModel: ForecastModel {
  package var logarithmic: Bool
  package var window: Int?
  package var discount: Double?

  package init(logarithmic: Bool, window: Int? = nil, discount: Double? = nil) {
    precondition(window.map { $0 >= 3 } ?? true, "a trend window needs at least 3 points")
    precondition(discount.map { $0 > 0 && $0 <= 1 } ?? true, "discount must be in (0, 1]")
    self.logarithmic = logarithmic
    self.window = window
    self.discount = discount
  }

  package var name: String { logarithmic ? "loglinear" : "linear" }
  package var minimumLength: Int { 3 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    if logarithmic, y.contains(where: { $0 <= 0 }) { throw .nonPositive(model: name) }
    let used = window.map { Array(y.suffix($0)) } ?? y
    let n = used.count
    let values = logarithmic ? used.map(log) : used
    let weights = discount.map { d in (0..<n).map { t in pow(d, Double(n - 1 - t)) } }
    let fit: LeastSquaresFit, centre: Double
    do {
      (fit, centre) = try TrendRegression.fit(values, times: (0..<n).map(Double.init), weights: weights)
    } catch {
      throw .tooShort(model: name, needed: 3, got: n)
    }
    let a = fit.coefficients[0], b = fit.coefficients[1]
    let inSample = (0..<n).map { a + b * (Double($0) - centre) }
    let fitted = Array(repeating: Double.nan, count: y.count - n) + (logarithmic ? inSample.map(exp) : inSample)
    return Fitted(a: a, b: b, centre: centre, n: n, sigma: fit.sigma, covariance: fit.covariance, logarithmic: logarithmic, fittedValues: fitted)
  }

  struct Fitted: FittedForecast {
    var a: Double, b: Double, centre: Double, n: Int, sigma: Double
    var covariance: Matrix
    var logarithmic: Bool
    var fittedValues: [Double]
    var parameters: [(name: String, value: Double)] { [("intercept", a), ("slope", b)] }
    func predictive(horizon: Int) -> Predictive {
      var location: [Double] = [], sd: [Double] = []
      for h in 1...max(1, horizon) where h <= horizon {
        let t = Double(n - 1 + h) - centre
        location.append(a + b * t)
        let variance = sigma * sigma + covariance[0, 0] + 2 * t * covariance[0, 1] + t * t * covariance[1, 1]
        sd.append(variance.squareRoot())
      }
      return Predictive(location: location, standardDeviation: sd, logScale: logarithmic, degreesOfFreedom: Double(max(1, n - 2)))
    }
  }
}

/// A linear trend that does not chase an outlying year: iteratively reweighted least squares with
/// Tukey's bisquare weights (c = 4.685, scale = MAD/0.6745), in logs for positive series. Intervals
/// as for the ordinary trend, with σ the robust scale.
package struct RobustTrendModel: ForecastModel {
  package init() {}
  package var name: String { "robust" }
  package var minimumLength: Int { 4 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let logarithmic = y.allSatisfy { $0 > 0 }
    let values = logarithmic ? y.map(log) : y
    let n = y.count
    let times = (0..<n).map(Double.init)
    let centre = Double(n - 1) / 2
    let t = times.map { $0 - centre }
    var weights = [Double](repeating: 1, count: n)
    var fit: LeastSquaresFit?
    var scale = 0.0
    for _ in 0..<20 {
      guard let next = try? TrendRegression.fit(values, times: times, weights: weights, refinementSteps: 1).fit else { break }
      fit = next
      let residuals = (0..<n).map { values[$0] - next.coefficients[0] - next.coefficients[1] * t[$0] }
      scale = median(residuals.map(abs)) / 0.6745
      guard scale > 1e-12 else { break }
      let updated = residuals.map { r -> Double in let u = r / (4.685 * scale); return abs(u) < 1 ? (1 - u * u) * (1 - u * u) : 0 }
      if zip(updated, weights).allSatisfy({ abs($0 - $1) < 1e-6 }) { break }
      weights = updated
    }
    guard let fit else { throw .tooShort(model: name, needed: minimumLength, got: n) }
    let a = fit.coefficients[0], b = fit.coefficients[1]
    let sigma = max(scale, fit.sigma.isFinite ? min(fit.sigma, scale * 3) : scale)
    // Covariance rescaled from the weighted fit's σ to the robust σ.
    var covariance = fit.covariance
    let ratio = fit.sigma > 0 ? (sigma / fit.sigma) * (sigma / fit.sigma) : 1
    covariance.values = covariance.values.map { $0 * ratio }
    let inSample = t.map { a + b * $0 }
    return TrendForecastModel.Fitted(a: a, b: b, centre: centre, n: n, sigma: sigma, covariance: covariance, logarithmic: logarithmic, fittedValues: logarithmic ? inSample.map(exp) : inSample)
  }
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return .nan }
  let mid = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
