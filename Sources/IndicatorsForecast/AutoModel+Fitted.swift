import Foundation

extension AutoModel {
  /// Pooled quantiles of |error|/(g(h)·s) over the backtests of M3, M1, Tourism and the economic
  /// series of `make bench` (all horizons), used when a series is too short to calibrate itself.
  package static let priorQuantiles: [Double: Double] = [80: 1.53, 95: 3.16]
  /// How many backtest errors the pooled prior counts as when it is blended with a series' own:
  /// 8 of a series' typical 30. A series' own quantile from 10–35 errors is noisy, and taken
  /// alone it covered 88% (M1) to 95% of outcomes at 95%; blended, 93.7–96.9% (BENCHMARKS.md).
  package static let priorWeight = 8.0

  /// A fitted `auto`: the weighted members and the calibration of their combination.
  package struct Fitted: FittedForecast {
    var combination: WeightedCombination
    package var memberNames: [String]
    /// The interval unit s and its growth g(h) with the horizon (see `AutoModel`).
    package var scale: Double
    package var growth: Interval.Growth
    /// Whether the series is a positive level, whose lower bounds stop at zero.
    package var nonNegative: Bool
    /// Sorted |error|/(g(h)·s) from the backtest.
    package var scores: [Double]
    var minimumCalibration: Int

    package var fittedValues: [Double] { combination.fittedValues }
    package var sigma: Double { combination.sigma }
    package var weights: [Double] { combination.weights }
    package var parameters: [(name: String, value: Double)] {
      zip(memberNames, combination.weights).map { ("weight_" + $0, $1) } + [("calibration_errors", Double(scores.count))]
    }
    /// What the forecast is made of, for people: "dotm 0.41, drift 0.20, …".
    package var baseName: String {
      zip(memberNames, combination.weights).map { String(format: "%@ %.2f", $0, $1) }.joined(separator: ", ")
    }
    package var calibrated: Bool { scores.count >= minimumCalibration }

    package func predictive(horizon: Int) -> Predictive { combination.predictive(horizon: horizon) }

    /// The multiple of g(h)·s that contains a share `level`% of errors: the conformal quantile q of
    /// the series' own m scores shrunk towards the pooled prior p, (m·q + k·p)/(m + k) with
    /// k = `priorWeight`, or p alone when m is too small (p scaled between levels as a normal's).
    package func quantile(_ level: Double) -> Double {
      let anchor: Double = level < 90 ? 80 : 95
      let prior = AutoModel.priorQuantiles[anchor]! * Normal.quantile(0.5 + level / 200) / Normal.quantile(0.5 + anchor / 200)
      guard calibrated else { return prior }
      let m = scores.count
      let rank = Int((Double(m + 1) * level / 100).rounded(.up))
      let own = rank <= m ? scores[max(0, rank - 1)] : scores[m - 1] * Double(rank) / Double(m)
      let k = AutoModel.priorWeight
      return (Double(m) * own + k * prior) / (Double(m) + k)
    }

    package func forecast(horizon: Int, levels: [Double]) -> Forecast {
      let mean = predictive(horizon: horizon).mean
      let method = calibrated
        ? "calibrated on \(scores.count) backtest errors" : "pooled prior (\(scores.count) backtest errors, too few to calibrate)"
      var result = Forecast(mean: mean, intervalMethod: method)
      for level in levels {
        let q = quantile(level)
        let half = (0..<horizon).map { q * growth.factor($0 + 1) * scale }
        result.lower[level] = zip(mean, half).map { nonNegative ? max(0, $0 - $1) : $0 - $1 }
        result.upper[level] = zip(mean, half).map { $0 + $1 }
      }
      return result
    }

    /// P(Y_{n+h} ≥ t), z = (t − forecast)/(g(h)·s): half the two-sided tail P(score ≥ |z|), from
    /// the series' scores by the conformal count (#{score ≥ |z|} + 1)/(m + 1) blended with the
    /// prior's normal tail as the quantiles are; the prior's alone when uncalibrated.
    package func probability(atLeast threshold: Double, horizon: Int) -> Double {
      let centre = predictive(horizon: horizon).mean[horizon - 1]
      let unit = growth.factor(horizon) * scale
      if nonNegative, threshold <= 0 { return 1 }
      let z = (threshold - centre) / unit
      // Two-sided tails P(|score| ≥ |z|): the prior's from a normal matched to its 95% quantile,
      // the series' own by the conformal count, blended as the quantiles are.
      let priorTail = 2 * (1 - Normal.cdf(abs(z) * Normal.quantile(0.975) / AutoModel.priorQuantiles[95]!))
      var tail = priorTail
      if calibrated {
        let m = Double(scores.count), k = AutoModel.priorWeight
        let own = Double(scores.filter { $0 >= abs(z) }.count + 1) / (m + 1)
        tail = (m * own + k * priorTail) / (m + k)
      }
      tail = min(1, tail)
      return z >= 0 ? 0.5 * tail : 1 - 0.5 * tail
    }
  }
}
