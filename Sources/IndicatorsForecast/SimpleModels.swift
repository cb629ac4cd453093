import Foundation

/// The naive forecast: the last value, y_{n+h} = y_n; sd √h·σ with σ² the mean squared change.
package struct NaiveModel: ForecastModel {
  package init() {}
  package var name: String { "naive" }
  package var minimumLength: Int { 1 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let changes = zip(y.dropFirst(), y).map { $0 - $1 }
    let sigma = changes.isEmpty ? 0 : (changes.reduce(0) { $0 + $1 * $1 } / Double(changes.count)).squareRoot()
    return Fitted(last: y.last!, sigma: sigma, fittedValues: [.nan] + Array(y.dropLast()))
  }

  struct Fitted: FittedForecast {
    var last: Double
    var sigma: Double
    var fittedValues: [Double]
    var parameters: [(name: String, value: Double)] { [] }
    func predictive(horizon: Int) -> Predictive {
      Predictive(location: Array(repeating: last, count: horizon), standardDeviation: (1...max(1, horizon)).prefix(horizon).map { sigma * Double($0).squareRoot() })
    }
  }
}

/// The random walk with drift: y_{n+h} = y_n + c·(1 + φ + … + φ^{h−1}) with
/// - `.mean`: c = (y_n − y_1)/(n − 1), the mean yearly change (R's `rwf(drift = TRUE)`);
/// - `.median`: c = the median yearly change, which one outlying year (2020) cannot drag;
/// and φ = 1 (undamped) or a damping factor that makes the drift fade (Gardner & McKenzie 1985).
/// sd σ√(h(1 + h/(n−1))) as for `rwf`, σ² = Σ(Δy − c)²/(n − 2).
package struct DriftModel: ForecastModel {
  package enum Estimator: String, Sendable { case mean, median }
  package var estimator: Estimator
  package var damping: Double

  package init(estimator: Estimator = .mean, damping: Double = 1) {
    precondition(damping > 0 && damping <= 1, "drift damping must be in (0, 1]")
    self.estimator = estimator
    self.damping = damping
  }

  package var name: String {
    "drift" + (estimator == .median ? "_median" : "") + (damping < 1 ? "_damped" : "")
  }
  package var minimumLength: Int { 2 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let n = y.count
    let changes = zip(y.dropFirst(), y).map { $0 - $1 }
    let c = estimator == .mean ? (y[n - 1] - y[0]) / Double(n - 1) : median(changes)
    let deviations = changes.map { $0 - c }
    let sigma = n > 2 ? (deviations.reduce(0) { $0 + $1 * $1 } / Double(n - 2)).squareRoot() : 0
    return Fitted(last: y[n - 1], slope: c, damping: damping, n: n, sigma: sigma, fittedValues: [.nan] + y.dropLast().map { $0 + c })
  }

  struct Fitted: FittedForecast {
    var last: Double, slope: Double, damping: Double, n: Int, sigma: Double
    var fittedValues: [Double]
    var parameters: [(name: String, value: Double)] { [("drift", slope), ("damping", damping)] }
    func predictive(horizon: Int) -> Predictive {
      var location: [Double] = [], sd: [Double] = []
      var steps = 0.0, power = 1.0
      for h in 1...max(1, horizon) where h <= horizon {
        steps += power
        power *= damping
        location.append(last + steps * slope)
        let hh = Double(h)
        sd.append(sigma * (hh * (1 + hh / Double(max(1, n - 1)))).squareRoot())
      }
      return Predictive(location: location, standardDeviation: sd)
    }
  }
}

/// Checks a series before fitting: long enough, finite.
func check(_ y: [Double], _ model: some ForecastModel) throws(ForecastError) {
  guard y.count >= model.minimumLength else { throw .tooShort(model: model.name, needed: model.minimumLength, got: y.count) }
  guard y.allSatisfy(\.isFinite) else { throw .nonFinite }
}
