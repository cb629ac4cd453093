import Foundation

/// A member whose backtest forecasts `auto` computes straight from the series instead of fitting
/// it at each origin: the drifts, whose forecast from an origin needs only the values before it
/// (no σ, no fitted values, no copy of the prefix). The numbers are those of
/// `fit(Array(y[..<origin])).predictive(horizon:).mean`, to the bit: the same operations in the
/// same order.
protocol DirectBacktest: ForecastModel {
  /// For each origin, the mean forecasts of up to `horizon` steps (fewer where y ends) from a fit to
  /// the values before it; nil where that prefix is too short for the model, cannot be fitted, or
  /// gives a forecast that is not finite.
  ///
  /// - Precondition: y is finite (`auto` checks it); every origin is in 1…y.count − 1.
  func backtestMeans(_ y: [Double], origins: [Int], horizon: Int) -> [[Double]?]
}

extension DriftModel: DirectBacktest {
  func backtestMeans(_ y: [Double], origins: [Int], horizon: Int) -> [[Double]?] {
    backtestLocations(y, origins: origins, horizon: horizon).map { $0.flatMap(finiteOrNil) }
  }

  /// `fit`'s slope and `Fitted.predictive`'s locations for each origin, finite or not; nil where
  /// the prefix is shorter than `minimumLength`.
  func backtestLocations(_ y: [Double], origins: [Int], horizon: Int) -> [[Double]?] {
    let changes = zip(y.dropFirst(), y).map { $0 - $1 }
    return origins.map { n in
      guard n >= minimumLength else { return nil }
      let c = estimator == .mean ? (y[n - 1] - y[0]) / Double(n - 1) : median(Array(changes[..<(n - 1)]))
      let steps = min(horizon, y.count - n)
      var location: [Double] = []
      location.reserveCapacity(steps)
      var sum = 0.0, power = 1.0
      for _ in 0..<steps {
        sum += power
        power *= damping
        location.append(y[n - 1] + sum * c)
      }
      return location
    }
  }
}

extension LogScaleModel: DirectBacktest {
  /// Only over a drift (`canBacktestDirectly`): the drift's locations in logs, mapped back by exp
  /// as `Fitted.predictive`'s mean is.
  func backtestMeans(_ y: [Double], origins: [Int], horizon: Int) -> [[Double]?] {
    guard let base = base as? DriftModel else { preconditionFailure("LogScaleModel: a direct backtest needs a drift as the base") }
    // A prefix can be fitted in logs only while every value in it is positive.
    let positive = y.firstIndex { !($0 > 0) } ?? y.count
    let logs = y.prefix(positive).map(log) + Array(repeating: 0, count: y.count - positive)
    return zip(origins, base.backtestLocations(logs, origins: origins, horizon: horizon)).map { origin, location -> [Double]? in
      guard origin <= positive, let location else { return nil }
      return finiteOrNil(location.map(exp))
    }
  }

  var canBacktestDirectly: Bool { base is DriftModel }
}
