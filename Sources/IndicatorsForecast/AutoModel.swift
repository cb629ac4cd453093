import Foundation

/// `auto`: the forecast analysts can take without choosing a method.
///
/// Point forecasts: the equal-weight combination of four simple estimates of where a yearly series
/// is heading — the mean drift, the damped drift (φ = 0.9), the median drift (robust to one
/// outlying year) and Theta. Combinations of simple methods beat single methods chosen per series
/// on yearly data (Makridakis & Hibon 2000; Petropoulos & Svetunkov 2020), because per-series
/// selection on 10–40 points mostly selects noise. The members were chosen from a handful of
/// principled candidates as the set best on M3, M1 *and* Tourism yearly data alike (see
/// BENCHMARKS.md). Series too short for the combination get drift, then naive, and say so.
///
/// Intervals are calibrated on the series itself (split-conformal style): over up to
/// `calibrationWindows` rolling origins, the forecast errors divided by the combination's
/// model-based sd for their horizon are pooled, and the interval half-width at level L is that
/// sd times the ⌈(m + 1)L⌉-th smallest |error/sd| of the m pooled values. With fewer than
/// `minimumCalibration` values, the model-based sd is used with a t quantile on m − 1 degrees of
/// freedom (at least 2), which widens short series' intervals honestly.
package struct AutoModel: ForecastModel {
  package var horizon: Int
  package var calibrationWindows: Int
  package var minimumCalibration: Int

  package init(horizon: Int = 6, calibrationWindows: Int = 12, minimumCalibration: Int = 12) {
    self.horizon = horizon
    self.calibrationWindows = calibrationWindows
    self.minimumCalibration = minimumCalibration
  }

  package var name: String { "auto" }
  package var minimumLength: Int { 1 }

  package static let combination = CombinationModel([
    DriftModel(), DriftModel(damping: 0.9), DriftModel(estimator: .median), ThetaModel(),
  ])
  /// Calibration origins keep at least this many training points: forecasts from 3 or 4 points
  /// say little about those from 14.
  static let minimumCalibrationTraining = 6

  /// The method `auto` uses for a series of length n.
  package static func base(forLength n: Int) -> any ForecastModel {
    if n >= 5 { return combination }
    if n >= 2 { return DriftModel() }
    return NaiveModel()
  }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let model = Self.base(forLength: y.count)
    let fitted = try model.fit(y)
    var scores: [Double] = []
    var origin = y.count - 1
    var windows = 0
    while windows < calibrationWindows, origin >= max(model.minimumLength, Self.minimumCalibrationTraining) {
      let training = Array(y[..<origin])
      if let f = try? Self.base(forLength: training.count).fit(training) {
        let p = Self.calibrationBase(f.predictive(horizon: min(horizon, y.count - origin)))
        for h in 0..<p.location.count where p.standardDeviation[h] > 0 {
          scores.append(abs(y[origin + h] - p.mean[h]) / p.standardDeviation[h])
        }
      }
      origin -= 1
      windows += 1
    }
    return Fitted(base: fitted, baseName: model.name, scores: scores.sorted(), minimumCalibration: minimumCalibration)
  }

  /// The interval shape that is calibrated: level scale, sd growing linearly with the horizon from
  /// the one-step sd. Yearly forecast errors are dominated by the error in the trend, which grows
  /// like h; with a √h shape the pooled scores, most of them from short horizons, would make long
  /// horizons' intervals too narrow.
  static func calibrationBase(_ p: Predictive) -> Predictive {
    let mean = p.mean
    let first = p.logScale ? mean[0] * p.standardDeviation[0] : p.standardDeviation[0]
    return Predictive(location: mean, standardDeviation: (0..<mean.count).map { first * Double($0 + 1) })
  }

  package struct Fitted: FittedForecast {
    var base: any FittedForecast
    package var baseName: String
    /// Sorted |error| / sd from the calibration backtest.
    package var scores: [Double]
    var minimumCalibration: Int

    package var fittedValues: [Double] { base.fittedValues }
    package var sigma: Double { base.sigma }
    package var parameters: [(name: String, value: Double)] { base.parameters + [("calibration_errors", Double(scores.count))] }
    package func predictive(horizon: Int) -> Predictive { base.predictive(horizon: horizon) }

    package var calibrated: Bool { scores.count >= minimumCalibration }

    /// With calibration: P(Y ≥ t) from the empirical distribution of |error|/sd, taken as
    /// symmetric, with the conformal count (#{|z| ≥ a} + 1)/(m + 1) for the tail.
    package func probability(atLeast threshold: Double, horizon: Int) -> Double {
      guard calibrated else {
        var p = predictive(horizon: horizon)
        p.degreesOfFreedom = Double(max(2, scores.count - 1))
        return ModelProbability(predictive: p).probability(atLeast: threshold, horizon: horizon)
      }
      let p = AutoModel.calibrationBase(predictive(horizon: horizon))
      let h = horizon - 1
      let z = (threshold - p.location[h]) / p.standardDeviation[h]
      let m = scores.count
      let tail = Double(scores.filter { $0 >= abs(z) }.count + 1) / Double(m + 1)
      return z >= 0 ? 0.5 * tail : 1 - 0.5 * tail
    }

    package func forecast(horizon: Int, levels: [Double]) -> Forecast {
      if calibrated {
        let p = AutoModel.calibrationBase(predictive(horizon: horizon))
        let m = scores.count
        return p.forecast(levels: levels, intervalMethod: "calibrated on \(m) backtest errors") { level in
          let rank = Int((Double(m + 1) * level / 100).rounded(.up))
          return rank <= m ? scores[rank - 1] : scores[m - 1] * Double(rank) / Double(m)
        }
      }
      var p = predictive(horizon: horizon)
      p.degreesOfFreedom = Double(max(2, scores.count - 1))
      return p.forecast(levels: levels, intervalMethod: "model-based, t with \(max(2, scores.count - 1)) df (too little history to calibrate)")
    }
  }
}

/// A bare forecast distribution, to reuse the model-based probability.
struct ModelProbability: FittedForecast {
  var predictive: Predictive
  var fittedValues: [Double] { [] }
  var sigma: Double { .nan }
  var parameters: [(name: String, value: Double)] { [] }
  func predictive(horizon: Int) -> Predictive { predictive }
}
