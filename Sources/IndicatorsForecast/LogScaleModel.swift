import Foundation

/// Any model fitted to log y: an additive drift in logs is a constant growth rate, so a level
/// series that compounds (GDP, revenue, counts of firms) is forecast as growth, and no forecast or
/// interval bound can fall below zero. The point forecast is exp(location), the median of the
/// log-normal predictive distribution, which is what sMAPE and MASE reward. The intervals are the
/// base model's on log y mapped back by exp (quantiles pass through a monotone map): for a base
/// with model-based intervals these are the log-normal predictive's, and a base that calibrates its
/// own bounds (`auto`) keeps its calibration.
///
/// - Throws: `ForecastError.nonPositive` unless every value is positive.
package struct LogScaleModel: ForecastModel {
  package var base: any ForecastModel

  package init(_ base: any ForecastModel) { self.base = base }

  package var name: String { "log_" + base.name }
  package var minimumLength: Int { base.minimumLength }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    guard y.allSatisfy({ $0 > 0 }) else { throw .nonPositive(model: name) }
    return Fitted(base: try base.fit(y.map(log)))
  }

  struct Fitted: FittedForecast {
    var base: any FittedForecast
    var fittedValues: [Double] { base.fittedValues.map(exp) }
    var sigma: Double { base.sigma }
    var parameters: [(name: String, value: Double)] { base.parameters }
    func predictive(horizon: Int) -> Predictive {
      var p = base.predictive(horizon: horizon)
      precondition(!p.logScale, "LogScaleModel: the base model already works in logs")
      p.logScale = true
      return p
    }
    func forecast(horizon: Int, levels: [Double]) -> Forecast {
      let f = base.forecast(horizon: horizon, levels: levels)
      return Forecast(
        mean: f.mean.map(exp), lower: f.lower.mapValues { $0.map(exp) }, upper: f.upper.mapValues { $0.map(exp) },
        intervalMethod: f.intervalMethod)
    }
  }
}
