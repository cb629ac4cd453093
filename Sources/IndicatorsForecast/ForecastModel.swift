import Foundation

/// A forecasting method as an immutable specification: `fit` returns a fitted model that knows
/// its in-sample fit and can forecast (statsforecast's and fable's shape).
package protocol ForecastModel: Sendable {
  /// The name users type: `naive`, `drift`, `theta` …
  var name: String { get }
  /// The fewest observations the method can fit.
  var minimumLength: Int { get }
  func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast
}

package protocol FittedForecast: Sendable {
  /// One-step-ahead in-sample fits; NaN where the method has none (the first value for naive).
  var fittedValues: [Double] { get }
  /// Residual standard deviation of the one-step errors.
  var sigma: Double { get }
  /// Estimated parameters, for people.
  var parameters: [(name: String, value: Double)] { get }
  /// The forecast distribution h = 1…horizon steps ahead, as the model sees it.
  func predictive(horizon: Int) -> Predictive
  /// Point forecasts and central prediction intervals at `levels` (e.g. 80, 95).
  func forecast(horizon: Int, levels: [Double]) -> Forecast
  /// The probability that the value `horizon` steps ahead is at least `threshold`.
  func probability(atLeast threshold: Double, horizon: Int) -> Double
}

extension FittedForecast {
  package func residuals(_ y: [Double]) -> [Double] { zip(y, fittedValues).map { $0 - $1 } }

  /// From the model's forecast distribution (normal or Student t, on the log scale for log models).
  package func probability(atLeast threshold: Double, horizon: Int) -> Double {
    let p = predictive(horizon: horizon)
    let h = horizon - 1
    let x = p.logScale ? (threshold > 0 ? log(threshold) : -Double.infinity) : threshold
    let sd = p.standardDeviation[h]
    guard sd > 0 else { return p.location[h] >= x ? 1 : 0 }
    let z = (x - p.location[h]) / sd
    if let dof = p.degreesOfFreedom, dof >= 1 { return 1 - StudentT.cdf(z, degreesOfFreedom: dof) }
    return 1 - Normal.cdf(z)
  }

  /// Model-based intervals, unless a model knows better.
  package func forecast(horizon: Int, levels: [Double]) -> Forecast {
    predictive(horizon: horizon).forecast(levels: levels, intervalMethod: "model-based")
  }
}

/// A forecast distribution: a location and a standard deviation for each step ahead, on the
/// level scale or the log scale (then the mean is exp(location), the median of a log-normal).
package struct Predictive: Sendable {
  package var location: [Double]
  package var standardDeviation: [Double]
  package var logScale: Bool
  /// Student-t degrees of freedom for the quantiles, or nil for normal quantiles.
  package var degreesOfFreedom: Double?

  package init(location: [Double], standardDeviation: [Double], logScale: Bool = false, degreesOfFreedom: Double? = nil) {
    self.location = location
    self.standardDeviation = standardDeviation
    self.logScale = logScale
    self.degreesOfFreedom = degreesOfFreedom
  }

  package var mean: [Double] { logScale ? location.map(exp) : location }

  /// The quantile multiplier for a central interval at `level` percent.
  package func multiplier(_ level: Double) -> Double {
    let p = 0.5 + level / 200
    if let dof = degreesOfFreedom, dof >= 1 { return StudentT.quantile(p, degreesOfFreedom: dof) }
    return Normal.quantile(p)
  }

  /// Intervals location ± k·sd, with k = `multiplier(level)`.
  package func forecast(levels: [Double], intervalMethod: String) -> Forecast {
    var result = Forecast(mean: mean, intervalMethod: intervalMethod)
    for level in levels {
      let k = multiplier(level)
      let low = zip(location, standardDeviation).map { $0 - k * $1 }
      let high = zip(location, standardDeviation).map { $0 + k * $1 }
      result.lower[level] = logScale ? low.map(exp) : low
      result.upper[level] = logScale ? high.map(exp) : high
    }
    return result
  }
}

/// Point forecasts with central intervals: `lower[level][h]`, `upper[level][h]`.
package struct Forecast: Sendable {
  package var mean: [Double]
  package var lower: [Double: [Double]]
  package var upper: [Double: [Double]]
  /// How the intervals were made, for the user.
  package var intervalMethod: String

  package init(mean: [Double], lower: [Double: [Double]] = [:], upper: [Double: [Double]] = [:], intervalMethod: String) {
    self.mean = mean
    self.lower = lower
    self.upper = upper
    self.intervalMethod = intervalMethod
  }
}

package enum ForecastError: Error, Equatable, Sendable, CustomStringConvertible {
  case tooShort(model: String, needed: Int, got: Int)
  case nonPositive(model: String)
  case nonFinite

  package var description: String {
    switch self {
    case .tooShort(let model, let needed, let got): "\(model) needs at least \(needed) points, got \(got)"
    case .nonPositive(let model): "\(model) needs positive values"
    case .nonFinite: "the series has a value that is not a finite number"
    }
  }
}

/// The standard normal distribution's quantile (Acklam's rational approximation refined by one
/// Halley step; relative error below 1e-15).
package enum Normal {
  package static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

  package static func quantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "Normal.quantile: p must be in (0, 1)")
    let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
    let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let low = 0.02425
    var x: Double
    if p < low {
      let q = (-2 * log(p)).squareRoot()
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - low {
      let q = p - 0.5, r = q * q
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
      let q = (-2 * log(1 - p)).squareRoot()
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let e = cdf(x) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    return x - u / (1 + x * u / 2)
  }
}
