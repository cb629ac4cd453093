/// The forecasting methods by the names users type.
package enum ForecastMethod: String, CaseIterable, Sendable {
  case auto, naive, drift, linear, loglinear, damped, ses, theta, dotm, ets, robust, comb

  package func model(horizon: Int) -> any ForecastModel {
    switch self {
    case .auto: AutoModel(horizon: horizon)
    case .naive: NaiveModel()
    case .drift: DriftModel()
    case .linear: TrendForecastModel(logarithmic: false)
    case .loglinear: TrendForecastModel(logarithmic: true)
    case .damped: ETSModel(ETSComponents(error: .additive, trend: .additive, damped: true))
    case .ses: SESModel()
    case .theta: ThetaModel()
    case .dotm: DynamicThetaModel()
    case .ets: AutomaticETSModel()
    case .robust: RobustTrendModel()
    case .comb: AutoModel.combination
    }
  }
}
