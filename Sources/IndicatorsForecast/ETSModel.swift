import Foundation
import IndicatorsNumerics

/// One exponential smoothing state space model, estimated by maximum likelihood as R's
/// `forecast::ets(y, model = …, damped = …)` does:
///
/// - start: ℓ₀ the mean of the first min(10, n) values (no trend) or the intercept and slope of a
///   line through them (additive trend; for multiplicative, the ratio of its first two fitted
///   values); α = 0.2, β = 0.1·α, φ = 0.978 (R's `initparam` within its bounds);
/// - estimate α, β, φ, ℓ₀, b₀ together by Nelder–Mead on n·log Σe² (+ 2Σlog|μ| for
///   multiplicative errors), inside the usual bounds 10⁻⁴ ≤ β ≤ α ≤ 0.9999, 0.8 ≤ φ ≤ 0.98 and the
///   admissible region 1 − 1/φ < α < 1 + 1/φ, α(φ − 1) < β < (1 + φ)(2 − α);
/// - σ² = Σe²/(n − k), k the number of estimated values; AICc with k + 1 parameters.
///
/// Forecast variances are Hyndman et al.'s (2008) closed forms for classes 1 and 2 (§6.3–6.4) and
/// come from 2,000 simulated paths (fixed seed) for class 3. Intervals are normal.
package struct ETSModel: ForecastModel, WarmStartable {
  package var components: ETSComponents

  package init(_ components: ETSComponents) { self.components = components }

  package var name: String { components.description }
  /// R refuses a model whose parameter count k satisfies k ≥ n − 1; AICc needs n > k + 2.
  package var minimumLength: Int { components.parameterCount + 3 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast { try estimate(y) }

  package func estimate(_ y: [Double]) throws(ForecastError) -> Fitted { try estimate(y, from: nil) }

  /// - Parameter previous: an optimum to start from (warm start) instead of R's start values.
  func estimate(_ y: [Double], from previous: [Double]?) throws(ForecastError) -> Fitted {
    try check(y, self)
    if components.error == .multiplicative || components.trend == .multiplicative, y.contains(where: { $0 <= 0 }) {
      throw .nonPositive(model: name)
    }
    let n = y.count
    let start = previous ?? initialParameters(y)
    let (best, value) = NelderMead.minimize(
      { objective($0, y) }, start: start, steps: previous.map(warmSteps), relativeTolerance: previous == nil ? 1.490116119384765625e-8 : warmTolerance)
    guard value.isFinite, let model = recursion(best),
      let pass = model.recursion.run(y, level0: model.level0, growth0: model.growth0, keep: true)
    else { throw .tooShort(model: name, needed: minimumLength, got: n) }
    let k = Double(components.parameterCount)
    let sigma2 = pass.sumOfSquaredErrors / (Double(n) - k)
    let aic = pass.criterion + 2 * (k + 1)
    let aicc = aic + 2 * (k + 1) * (k + 2) / (Double(n) - k - 2)
    return Fitted(
      components: components, alpha: model.recursion.alpha, beta: model.recursion.beta, phi: model.recursion.phi,
      level: pass.level, growth: pass.growth, sigma2: sigma2, aicc: aicc, fittedValues: pass.fitted, optimum: best)
  }

  /// [α, β?, φ?, ℓ₀, b₀?] as R lays them out.
  func initialParameters(_ y: [Double]) -> [Double] {
    let alpha = 0.0001 + 0.2 * (0.9999 - 0.0001)
    var p = [alpha]
    if components.trend != .none { p.append(0.0001 + 0.1 * (min(0.9999, alpha) - 0.0001)) }
    if components.damped { p.append(0.8 + 0.99 * (0.98 - 0.8)) }
    let m = min(10, y.count)
    switch components.trend {
    case .none:
      p.append(y.prefix(m).reduce(0, +) / Double(m))
    case .additive, .multiplicative:
      // The line a + b·t through (1, y₁) … (m, y_m), as R's lsfit(1:maxn, y[1:maxn]).
      let (a, b) = TrendRegression.line(Array(y.prefix(m)), times: (1...m).map(Double.init))
      if components.trend == .additive {
        p += abs(a + b) < 1e-8 ? [a * 1.001, b * 0.999] : [a, b]
      } else {
        var first = a + b
        if abs(first) < 1e-8 { first = 1e-7 }
        var ratio = (a + 2 * b) / first
        if abs(ratio) > 1e10 { ratio = ratio < 0 ? -1e10 : 1e10 }
        var level = first / ratio
        if level < 1e-8 || ratio < 1e-8 { level = max(y[0], 1e-3); ratio = max(y[1] / y[0], 1e-3) }
        p += [level, ratio]
      }
    }
    return p
  }

  /// The recursion and initial states a parameter vector stands for, or nil outside the bounds.
  func recursion(_ p: [Double]) -> (recursion: ETSRecursion, level0: Double, growth0: Double)? {
    var i = 0
    let alpha = p[i]; i += 1
    let beta = components.trend == .none ? 0 : p[i]
    if components.trend != .none { i += 1 }
    let phi = components.damped ? p[i] : 1
    if components.damped { i += 1 }
    let level0 = p[i]
    let growth0 = components.trend == .none ? 0 : p[i + 1]
    guard alpha >= 0.0001, alpha <= 0.9999 else { return nil }
    if components.trend != .none, beta < 0.0001 || beta > alpha || beta > 0.9999 { return nil }
    if components.damped, phi < 0.8 || phi > 0.98 { return nil }
    // Admissible region (the ETS model is forecastable).
    guard phi >= 0, phi <= 1 + 1e-8, alpha >= 1 - 1 / phi, alpha <= 1 + 1 / phi else { return nil }
    if components.trend != .none, beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha) { return nil }
    return (ETSRecursion(components: components, alpha: alpha, beta: beta, phi: phi), level0, growth0)
  }

  func fit(_ y: [Double], near previous: any FittedForecast) -> (any FittedForecast)? {
    guard let previous = previous as? Fitted, previous.components == components else { return nil }
    return try? estimate(y, from: previous.optimum)
  }

  func objective(_ p: [Double], _ y: [Double]) -> Double {
    guard let model = recursion(p),
      let pass = model.recursion.run(y, level0: model.level0, growth0: model.growth0, keep: false)
    else { return .infinity }
    return pass.criterion
  }
}
