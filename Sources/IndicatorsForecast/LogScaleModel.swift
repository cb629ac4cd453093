import Foundation

/// Any model fitted to log y: an additive drift in logs is a constant growth rate, so a level
/// series that compounds (GDP, revenue, counts of firms) is forecast as growth, and no forecast or
/// interval bound can fall below zero. The point forecast is exp(location), the median of the
/// log-normal predictive distribution, which is what sMAPE and MASE reward.
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
  }
}
