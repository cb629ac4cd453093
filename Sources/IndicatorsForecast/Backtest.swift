/// Rolling-origin evaluation on the series itself (Tashman 2000; statsforecast's
/// `cross_validation`, R's `tsCV`): fit on y[0..<origin], forecast up to `horizon` steps, compare
/// with what followed; the origin moves by `stepSize`, the last `windows` origins are used.
package struct Backtest: Sendable {
  package struct Window: Sendable {
    package var origin: Int
    package var forecast: Forecast
    package var actual: [Double]
    package var accuracy: Accuracy
  }

  package var model: String
  package var windows: [Window]

  package init(model: any ForecastModel, series y: [Double], horizon: Int, windows: Int, stepSize: Int = 1, levels: [Double] = [80, 95], minimumTrain: Int? = nil) {
    precondition(horizon > 0 && windows > 0 && stepSize > 0, "Backtest: horizon, windows and stepSize must be positive")
    self.model = model.name
    let earliest = max(minimumTrain ?? model.minimumLength, model.minimumLength, 2)
    var origins: [Int] = []
    var origin = y.count - 1
    while origin >= earliest, origins.count < windows {
      origins.append(origin)
      origin -= stepSize
    }
    self.windows = origins.reversed().compactMap { origin in
      let training = Array(y[..<origin])
      guard let fitted = try? model.fit(training) else { return nil }
      let steps = min(horizon, y.count - origin)
      let forecast = fitted.forecast(horizon: steps, levels: levels)
      let actual = Array(y[origin..<(origin + steps)])
      return Window(origin: origin, forecast: forecast, actual: actual, accuracy: Accuracy(actual: actual, forecast: forecast, training: training))
    }
  }

  /// Averages over windows, weighting each window by its number of steps.
  package var summary: (smape: Double, mase: Double, coverage: [Double: Double], steps: Int) {
    var smape = 0.0, mase = 0.0, steps = 0
    var covered: [Double: Double] = [:]
    for w in windows {
      let k = Double(w.actual.count)
      smape += w.accuracy.smape * k
      mase += w.accuracy.mase * k
      for (level, c) in w.accuracy.coverage { covered[level, default: 0] += c * k }
      steps += w.actual.count
    }
    let total = Double(max(1, steps))
    return (smape / total, mase / total, covered.mapValues { $0 / total }, steps)
  }
}
