import Foundation

/// The dynamic optimised Theta model, DOTM (Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler
/// 2016, §3.2): the Theta method as a state space model whose linear trend is re-estimated as each
/// observation arrives and whose θ is estimated instead of fixed at 2.
///
/// For t = 1 … n, with Ȳ_t the running mean, A_t + B_t·s the least-squares line through
/// Y_1 … Y_t (s = 1 … t), and ℓ_t = αY_t + (1 − α)ℓ_{t−1}:
///
///     μ_t = ℓ_{t−1} + (1 − 1/θ)[(1 − α)^{t−1} A_{t−1} + ((1 − (1 − α)^t)/α) B_{t−1}]
///     B_t = ((t − 2)B_{t−1} + 6(Y_t − Ȳ_{t−1})/t)/(t + 1),   A_t = Ȳ_t − (t + 1)B_t/2
///
/// started at μ_1 = Y_1, A_1 = Y_1, B_1 = 0. ℓ₀, α ∈ [0.1, 0.99] and θ ≥ 1 minimise the sum of
/// squared one-step errors (Nelder–Mead from ℓ₀ = Y_1/2, α = 0.5, θ = 2, as the authors' code).
/// Forecasts iterate the same equations with each forecast taken as the observation. θ = 1 is SES;
/// θ = 2 with a static trend is the classic Theta method.
///
/// Intervals are those of SES with the estimated α, σ√(1 + (h − 1)α²): the model-based shape,
/// which `auto` calibrates on the series' own backtest errors.
package struct DynamicThetaModel: ForecastModel, WarmStartable {
  package init() {}
  package var name: String { "dotm" }
  package var minimumLength: Int { 4 }

  struct State {
    var level: Double, mean: Double, intercept: Double, slope: Double, t: Double
    /// (1 − α)^t, kept by multiplication: `pow` in the inner loop was most of the fitting time.
    var decay: Double

    /// The one-step forecast μ_{t+1} from the state after t observations.
    func forecast(alpha: Double, theta: Double) -> Double {
      level + (1 - 1 / theta) * (decay * intercept + (1 - decay * (1 - alpha)) / alpha * slope)
    }

    mutating func update(_ y: Double, alpha: Double) {
      level = alpha * y + (1 - alpha) * level
      decay *= 1 - alpha
      let next = t + 1
      slope = ((next - 2) * slope + 6 * (y - mean) / next) / (next + 1)
      mean = (t * mean + y) / next
      intercept = mean - (next + 1) * slope / 2
      t = next
    }
  }

  static func run(_ y: [Double], level0: Double, alpha: Double, theta: Double, fitted: inout [Double]?) -> (sse: Double, state: State) {
    var state = State(level: alpha * y[0] + (1 - alpha) * level0, mean: y[0], intercept: y[0], slope: 0, t: 1, decay: 1 - alpha)
    fitted?.append(y[0])
    var sse = 0.0
    for value in y.dropFirst() {
      let mu = state.forecast(alpha: alpha, theta: theta)
      fitted?.append(mu)
      sse += (value - mu) * (value - mu)
      state.update(value, alpha: alpha)
    }
    return (sse, state)
  }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast { try estimate(y, from: nil) }

  func fit(_ y: [Double], near previous: any FittedForecast) -> (any FittedForecast)? {
    guard let previous = previous as? Fitted else { return nil }
    return try? estimate(y, from: [previous.level0, previous.alpha, previous.theta])
  }

  /// The sum of squared one-step errors of `run`, computed the same way step by step (so to the
  /// last bit), from the data's running lines `lines` instead of updating them in the loop: A_t
  /// and B_t depend on the data alone, not on ℓ₀, α or θ, and the optimiser evaluates this
  /// hundreds of times per fit.
  static func sumOfSquaredErrors(_ y: [Double], lines: RunningLines, level0: Double, alpha: Double, theta: Double) -> Double {
    var state = State(level: alpha * y[0] + (1 - alpha) * level0, mean: 0, intercept: 0, slope: 0, t: 1, decay: 1 - alpha)
    var sse = 0.0
    y.withUnsafeBufferPointer { y in
      lines.intercept.withUnsafeBufferPointer { intercept in
        lines.slope.withUnsafeBufferPointer { slope in
          for t in 1..<y.count {
            state.intercept = intercept[t - 1]
            state.slope = slope[t - 1]
            let mu = state.forecast(alpha: alpha, theta: theta)
            sse += (y[t] - mu) * (y[t] - mu)
            state.level = alpha * y[t] + (1 - alpha) * state.level
            state.decay *= 1 - alpha
          }
        }
      }
    }
    return sse
  }

  /// A_t and B_t of the least-squares line through Y_1 … Y_t for t = 1 … n, index t − 1, by
  /// `State.update`'s own arithmetic.
  struct RunningLines {
    var intercept: [Double], slope: [Double]

    init(_ y: [Double]) {
      var state = State(level: 0, mean: y[0], intercept: y[0], slope: 0, t: 1, decay: 1)
      intercept = [state.intercept]
      slope = [state.slope]
      intercept.reserveCapacity(y.count)
      slope.reserveCapacity(y.count)
      for value in y.dropFirst() {
        state.update(value, alpha: 0.5)
        intercept.append(state.intercept)
        slope.append(state.slope)
      }
    }
  }

  func estimate(_ y: [Double], from previous: [Double]?) throws(ForecastError) -> Fitted {
    try check(y, self)
    let lines = RunningLines(y)
    let objective = { (p: [Double]) -> Double in
      guard p[1] >= 0.1, p[1] <= 0.99, p[2] >= 1, p[2] <= 1e10 else { return .infinity }
      return Self.sumOfSquaredErrors(y, lines: lines, level0: p[0], alpha: p[1], theta: p[2])
    }
    let (p, value) = NelderMead.minimize(
      objective, start: previous ?? [y[0] / 2, 0.5, 2], steps: previous.map(warmSteps),
      relativeTolerance: previous == nil ? 1.490116119384765625e-8 : warmTolerance)
    guard value.isFinite else { throw .nonFinite }
    var fitted: [Double]? = []
    let result = Self.run(y, level0: p[0], alpha: p[1], theta: p[2], fitted: &fitted)
    let sigma = (result.sse / Double(max(1, y.count - 3))).squareRoot()
    return Fitted(state: result.state, level0: p[0], alpha: p[1], theta: p[2], sigma: sigma, fittedValues: fitted!)
  }

  struct Fitted: FittedForecast {
    var state: State
    var level0: Double, alpha: Double, theta: Double, sigma: Double
    var fittedValues: [Double]
    var parameters: [(name: String, value: Double)] { [("alpha", alpha), ("theta", theta)] }

    func predictive(horizon: Int) -> Predictive {
      var s = state
      var location: [Double] = []
      for _ in 0..<horizon {
        let mu = s.forecast(alpha: alpha, theta: theta)
        location.append(mu)
        s.update(mu, alpha: alpha)
      }
      let sd = (0..<horizon).map { sigma * (1 + Double($0) * alpha * alpha).squareRoot() }
      return Predictive(location: location, standardDeviation: sd)
    }
  }
}
