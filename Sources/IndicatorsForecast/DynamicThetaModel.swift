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
///
/// `estimation: .profile` (what `auto` uses) finds the same least-squares estimates another way:
/// for a fixed α the one-step forecasts are linear in ℓ₀ and c = 1 − 1/θ, so those two are solved
/// in closed form (c kept in [0, 1), θ ≥ 1) and only α is searched, on a grid of 11 points over
/// [0.1, 0.99] and then by golden section around the best; about 45 passes instead of the
/// simplex's 350–550, and the optimum itself rather than where the simplex stopped.
package struct DynamicThetaModel: ForecastModel, WarmStartable {
  /// How ℓ₀, α and θ are estimated: by Nelder–Mead from the authors' start (as their code does),
  /// or by the profile over α described above.
  package enum Estimation: Sendable { case nelderMead, profile }
  package var estimation: Estimation

  package init(estimation: Estimation = .nelderMead) { self.estimation = estimation }
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

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    estimation == .profile ? try estimateByProfile(y) : try estimate(y, from: nil)
  }

  /// A warm start for Nelder–Mead; the profile search needs no start and fits afresh.
  func fit(_ y: [Double], near previous: any FittedForecast) -> (any FittedForecast)? {
    guard let previous = previous as? Fitted else { return nil }
    if estimation == .profile { return try? estimateByProfile(y) }
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

extension DynamicThetaModel {
  /// The least-squares ℓ₀ and θ for a fixed α, and the sum of squared one-step errors they give.
  ///
  /// With a_t the level recursion started from 0 (a₁ = αY₁, a_t = αY_t + (1 − α)a_{t−1}), the
  /// level is a_t + (1 − α)^t ℓ₀, so μ_{t+1} = a_t + d_t ℓ₀ + c T_t with d_t = (1 − α)^t,
  /// T_t = d_t A_t + ((1 − d_t(1 − α))/α) B_t (the running lines, as in `State.forecast`) and
  /// c = 1 − 1/θ. Minimising Σ(Y_{t+1} − a_t − d_t ℓ₀ − c T_t)² is a 2×2 least-squares problem; c is
  /// kept in [0, 1 − 10⁻¹⁰] (θ from 1 to 10¹⁰, the simplex's bounds), with ℓ₀ re-solved on the bound.
  static func profile(_ y: [Double], lines: RunningLines, alpha: Double) -> (sse: Double, level0: Double, theta: Double) {
    var a = alpha * y[0], decay = 1 - alpha
    var sdd = 0.0, sdt = 0.0, stt = 0.0, srd = 0.0, srt = 0.0, srr = 0.0
    y.withUnsafeBufferPointer { y in
      lines.intercept.withUnsafeBufferPointer { intercept in
        lines.slope.withUnsafeBufferPointer { slope in
          for t in 1..<y.count {
            let trend = decay * intercept[t - 1] + (1 - decay * (1 - alpha)) / alpha * slope[t - 1]
            let r = y[t] - a
            sdd += decay * decay
            sdt += decay * trend
            stt += trend * trend
            srd += r * decay
            srt += r * trend
            srr += r * r
            a = alpha * y[t] + (1 - alpha) * a
            decay *= 1 - alpha
          }
        }
      }
    }
    let det = sdd * stt - sdt * sdt
    var c = det > 0 ? (sdd * srt - sdt * srd) / det : 0
    let cMax = 1 - 1e-10
    if !(c >= 0 && c <= cMax) { c = c > cMax ? cMax : 0 }
    let level0 = sdd > 0 ? (srd - c * sdt) / sdd : 0
    let sse = srr - 2 * level0 * srd - 2 * c * srt + level0 * level0 * sdd + 2 * level0 * c * sdt + c * c * stt
    return (max(0, sse), level0, 1 / (1 - c))
  }

  /// α in [0.1, 0.99] by an 11-point grid and golden section (to 10⁻⁷) between the best grid
  /// point's neighbours; ℓ₀ and θ by `profile`. Deterministic.
  func estimateByProfile(_ y: [Double]) throws(ForecastError) -> Fitted {
    try check(y, self)
    let lines = RunningLines(y)
    func sse(_ alpha: Double) -> Double { Self.profile(y, lines: lines, alpha: alpha).sse }
    let (low, high, steps) = (0.1, 0.99, 10)
    func gridPoint(_ i: Int) -> Double { low + (high - low) * Double(i) / Double(steps) }
    var bestIndex = 0, bestValue = Double.infinity
    for i in 0...steps {
      let value = sse(gridPoint(i))
      if value < bestValue { (bestIndex, bestValue) = (i, value) }
    }
    var (a, b) = (gridPoint(max(0, bestIndex - 1)), gridPoint(min(steps, bestIndex + 1)))
    let golden = (5.0.squareRoot() - 1) / 2
    var (x1, x2) = (b - golden * (b - a), a + golden * (b - a))
    var (f1, f2) = (sse(x1), sse(x2))
    while b - a > 1e-7 {
      if f1 < f2 {
        (b, x2, f2) = (x2, x1, f1)
        x1 = b - golden * (b - a)
        f1 = sse(x1)
      } else {
        (a, x1, f1) = (x1, x2, f2)
        x2 = a + golden * (b - a)
        f2 = sse(x2)
      }
    }
    var alpha = (a + b) / 2
    var best = Self.profile(y, lines: lines, alpha: alpha)
    if bestValue < best.sse {
      alpha = gridPoint(bestIndex)
      best = Self.profile(y, lines: lines, alpha: alpha)
    }
    var fitted: [Double]? = []
    let result = Self.run(y, level0: best.level0, alpha: alpha, theta: best.theta, fitted: &fitted)
    guard result.sse.isFinite, best.level0.isFinite, best.theta.isFinite else { throw .nonFinite }
    let sigma = (result.sse / Double(max(1, y.count - 3))).squareRoot()
    return Fitted(state: result.state, level0: best.level0, alpha: alpha, theta: best.theta, sigma: sigma, fittedValues: fitted!)
  }
}
