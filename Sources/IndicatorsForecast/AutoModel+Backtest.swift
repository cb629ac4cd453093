import Foundation

extension AutoModel {
  /// Every member's forecasts from the last `windows` origins of a series, computed once and used
  /// both to weight the members and to calibrate the combination's intervals.
  struct Backtrack {
    var y: [Double]
    /// Training lengths, latest first.
    var origins: [Int]
    /// forecasts[member][origin index]: the mean forecasts, or nil where the member could not fit.
    var forecasts: [[[Double]?]]

    /// A member that can filter on (`Refilterable`: DOTM, ETS) is estimated once, at the earliest
    /// origin o₁ it can fit, if o₁ ≥ `refilterLength`, and filtered on to the later origins with
    /// those parameters; otherwise, and for the other members, it is refitted at every origin.
    ///
    /// - Parameter full: each member fitted to all of y (nil where it failed), to warm-start from.
    init(
      y: [Double], members: [any ForecastModel], full: [(any FittedForecast)?], windows: Int, horizon: Int, minimumTraining: Int,
      refilterLength: Int = AutoModel.refilterLength
    ) {
      self.y = y
      let origins = y.count > minimumTraining ? Array(stride(from: y.count - 1, through: minimumTraining, by: -1).prefix(windows)) : []
      self.origins = origins
      forecasts = zip(members, full).map { member, full in
        // Estimated once at the earliest origin it can fit, then filtered on (see `Refilterable`).
        if let member = member as? any Refilterable,
          let earliest = origins.last(where: { $0 >= member.minimumLength }), earliest >= refilterLength {
          let training = Array(y[..<earliest])
          let warm = full.flatMap { full in (member as? any WarmStartable)?.fit(training, near: full) }
          if let fitted = warm ?? (try? member.fit(training)),
            let byOrigin = member.forecasts(y, origins: origins, horizon: horizon, parameters: fitted) {
            return zip(origins, byOrigin).map { origin, mean in origin >= earliest ? mean : nil }
          }
        }
        // The drifts' forecasts straight from the values (see `DirectBacktest`): the same numbers.
        if let member = member as? any DirectBacktest, (member as? LogScaleModel)?.canBacktestDirectly ?? true {
          return member.backtestMeans(y, origins: origins, horizon: horizon)
        }
        return origins.map { origin in
          let training = Array(y[..<origin])
          guard training.count >= member.minimumLength else { return nil }
          let warm = full.flatMap { full in (member as? any WarmStartable)?.fit(training, near: full) }
          guard let fitted = warm ?? (try? member.fit(training)) else { return nil }
          let mean = fitted.predictive(horizon: min(horizon, y.count - origin)).mean
          return mean.allSatisfy(\.isFinite) ? mean : nil
        }
      }
    }

    /// Each member's mean absolute backtest error over the series' mean absolute yearly change.
    func scores() -> [Double?] {
      let scale = Accuracy.naiveScale(y)
      return forecasts.map { byOrigin in
        var total = 0.0, count = 0
        for (origin, mean) in zip(origins, byOrigin) {
          guard let mean else { continue }
          for h in mean.indices {
            total += abs(y[origin + h] - mean[h])
            count += 1
          }
        }
        guard count > 0 else { return nil }
        return total / Double(count) / scale
      }
    }

    /// w_m ∝ prior_m / score_m^power, normalised; a member with no score gets the median score;
    /// with no scores at all, the priors. A zero score (a perfect backtest) is floored at 10⁻⁹.
    func weights(priors: [Double], power: Double = 1) -> [Double] {
      let s = scores()
      let known = s.compactMap { $0 }
      let raw: [Double]
      if known.isEmpty {
        raw = priors
      } else {
        let fill = median(known)
        raw = zip(s, priors).map { score, prior in
          let floored = max(score ?? fill, 1e-9)
          return prior / (power == 1 ? floored : pow(floored, power))
        }
      }
      let total = raw.reduce(0, +)
      return raw.map { $0 / total }
    }

    /// |error| / (g(h)·s) of the weighted combination at every origin and step, s the training
    /// part's interval scale.
    func calibrationScores(weights: [Double], growth: Interval.Growth) -> [Double] {
      var result: [Double] = []
      for (i, origin) in origins.enumerated() {
        let scale = Interval.scale(Array(y[..<origin]))
        var combined: [Double]?
        var weight = 0.0
        for (m, w) in weights.enumerated() where w > 0 {
          guard let mean = forecasts[m][i] else { continue }
          combined = zip(combined ?? Array(repeating: 0, count: mean.count), mean).map { $0 + w * $1 }
          weight += w
        }
        guard let combined, weight > 0 else { continue }
        for h in combined.indices {
          let forecast = combined[h] / weight, actual = y[origin + h]
          let error = abs(actual - forecast)
          if error.isFinite { result.append(error / (growth.factor(h + 1) * scale)) }
        }
      }
      return result
    }
  }
}

/// The scale `auto`'s intervals are measured in.
package enum Interval {
  /// How the interval unit grows with the steps ahead h.
  package enum Growth: Sendable {
    case linear, squareRoot
    func factor(_ h: Int) -> Double { self == .linear ? Double(h) : Double(h).squareRoot() }
  }

  /// The mean absolute yearly change of y, but never less than 2% of the mean level: a constant
  /// or one-value series still has an uncertain future.
  static func scale(_ y: [Double]) -> Double {
    let level = y.map(abs).reduce(0, +) / Double(max(1, y.count))
    return max(Accuracy.meanAbsoluteChange(y), 0.02 * level, 1e-9)
  }
}
