/// The forecasting methods by the names users type.
package enum ForecastMethod: String, CaseIterable, Sendable {
  case auto, naive, drift, linear, loglinear, damped, ses, theta, robust, comb

  package func model(horizon: Int) -> any ForecastModel {
    switch self {
    case .auto: AutoModel(horizon: horizon)
    case .naive: NaiveModel()
    case .drift: DriftModel()
    case .linear: TrendForecastModel(logarithmic: false)
    case .loglinear: TrendForecastModel(logarithmic: true)
    case .damped: DampedTrendModel()
    case .ses: SESModel()
    case .theta: ThetaModel()
    case .robust: RobustTrendModel()
    case .comb: AutoModel.combination
    }
  }
}
