/// A model that can be refitted starting from an earlier estimate. `auto` fits each member on the
/// whole series and then on each backtest prefix of it; a prefix's optimum lies near the whole
/// series' one (the initial states even refer to the same start), so starting there with small
/// simplex steps needs a fraction of the evaluations of a cold start.
protocol WarmStartable: ForecastModel {
  /// The model fitted to `y` from the estimate in `previous`, or nil if `previous` is not this
  /// model's or the fit fails.
  func fit(_ y: [Double], near previous: any FittedForecast) -> (any FittedForecast)?
}

/// A warm start stops when the simplex's values agree to 10⁻⁶: backtest forecasts need the
/// optimum to a few digits, not to R's 1.5·10⁻⁸.
let warmTolerance = 1e-6

/// Simplex steps for a warm start: 5% of each coordinate, at least 10⁻⁴.
func warmSteps(_ x: [Double]) -> [Double] { x.map { max(abs($0) * 0.05, 1e-4) } }
