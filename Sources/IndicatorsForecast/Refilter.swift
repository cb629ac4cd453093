/// A model whose estimated parameters can be run on over more of a series without being
/// estimated again. `auto` estimates such a member once, at its earliest backtest origin o₁, and
/// filters on from there: the forecast from origin o > o₁ is the one from the states after y_1 … y_o
/// with the parameters (initial states included) estimated on y_1 … y_{o₁}. The parameters never
/// see a value after the origin they forecast from, so the backtest stays out of sample; they are
/// only a few values staler than a refit's, which on a long series changes them in the third digit.
protocol Refilterable: ForecastModel {
  /// The mean forecasts of up to `horizon` steps (fewer where y ends) from the states after the
  /// first `origin` values of y, for each of `origins`, with the parameters of `fitted`; an
  /// origin's entry is nil where a forecast is not finite. Nil when `fitted` is not this model's.
  ///
  /// The states are those `fit` would reach on y[..<origin] with the same parameters, to the bit
  /// (the same update, in the same order).
  ///
  /// - Precondition: every origin is in 1…y.count − 1.
  func forecasts(_ y: [Double], origins: [Int], horizon: Int, parameters fitted: any FittedForecast) -> [[Double]?]?
}

/// The forecast, or nil unless every value of it is finite.
func finiteOrNil(_ mean: [Double]) -> [Double]? { mean.allSatisfy(\.isFinite) ? mean : nil }

extension DynamicThetaModel: Refilterable {
  func forecasts(_ y: [Double], origins: [Int], horizon: Int, parameters fitted: any FittedForecast) -> [[Double]?]? {
    guard let fitted = fitted as? Fitted, let last = origins.max() else { return nil }
    precondition(origins.allSatisfy { $0 >= 1 && $0 < y.count }, "DynamicThetaModel: an origin outside the series")
    let alpha = fitted.alpha
    // `run`'s start and update, stopping at each origin.
    var state = State(level: alpha * y[0] + (1 - alpha) * fitted.level0, mean: y[0], intercept: y[0], slope: 0, t: 1, decay: 1 - alpha)
    var states: [Int: State] = [1: state]
    for t in 1..<last {
      state.update(y[t], alpha: alpha)
      states[t + 1] = state
    }
    return origins.map { origin in
      var at = fitted
      at.state = states[origin]!
      return finiteOrNil(at.predictive(horizon: min(horizon, y.count - origin)).mean)
    }
  }
}

extension ETSModel: Refilterable {
  func forecasts(_ y: [Double], origins: [Int], horizon: Int, parameters fitted: any FittedForecast) -> [[Double]?]? {
    guard let fitted = fitted as? Fitted, fitted.components == components, let model = recursion(fitted.optimum),
      let last = origins.max()
    else { return nil }
    precondition(origins.allSatisfy { $0 >= 1 && $0 < y.count }, "ETSModel: an origin outside the series")
    // `ETSRecursion.run`'s steps: stop where a one-step forecast is not finite, as it does.
    var level = model.level0, growth = model.growth0
    var states: [Int: (level: Double, growth: Double)] = [:]
    for t in 0..<last {
      guard let mu = model.recursion.oneStep(level: level, growth: growth), mu.isFinite else { break }
      model.recursion.update(level: &level, growth: &growth, observed: y[t])
      states[t + 1] = (level, growth)
    }
    return origins.map { origin in
      guard let state = states[origin] else { return nil }
      var at = fitted
      (at.level, at.growth) = state
      return finiteOrNil(at.pointForecasts(horizon: min(horizon, y.count - origin)))
    }
  }
}
