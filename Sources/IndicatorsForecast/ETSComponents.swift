import Foundation

/// The non-seasonal exponential smoothing state space models of Hyndman, Koehler, Ord & Snyder
/// (2008), *Forecasting with Exponential Smoothing*, Tables 2.2–2.3, in the parametrisation R's
/// `forecast::ets` uses.
///
/// One-step forecast μ from the level ℓ and growth b: N ℓ; A ℓ + b; Ad ℓ + φb; M ℓb; Md ℓb^φ.
/// Error e = y − μ (additive) or (y − μ)/μ (multiplicative). State update, the same for both
/// error types (Table 2.3 rewritten in terms of y): with q the one-step forecast's trend part,
/// ℓ' = q + α(y − q); b' = φb + (β/α)(ℓ' − ℓ − φb) for additive growth and
/// b' = b^φ + (β/α)(ℓ'/ℓ − b^φ) for multiplicative growth.
package struct ETSComponents: Hashable, Sendable, CustomStringConvertible {
  package enum Error: String, Sendable, CaseIterable { case additive = "A", multiplicative = "M" }
  package enum Trend: String, Sendable, CaseIterable { case none = "N", additive = "A", multiplicative = "M" }

  package var error: Error
  package var trend: Trend
  package var damped: Bool

  package init(error: Error, trend: Trend, damped: Bool = false) {
    precondition(!(damped && trend == .none), "ETS: a damped model needs a trend")
    self.error = error
    self.trend = trend
    self.damped = damped
  }

  /// `ETS(A,Ad,N)`: error, trend (d when damped), season (always N here).
  package var description: String { "ETS(\(error.rawValue),\(trend.rawValue)\(damped ? "d" : ""),N)" }

  /// The models R's `ets()` considers for yearly data, in its search order: additive trends only
  /// (`allow.multiplicative.trend = FALSE`), multiplicative errors only for positive data.
  package static func automaticCandidates(positive: Bool) -> [ETSComponents] {
    let errors: [Error] = positive ? [.additive, .multiplicative] : [.additive]
    return errors.flatMap { e in
      [ETSComponents(error: e, trend: .none), ETSComponents(error: e, trend: .additive, damped: true),
       ETSComponents(error: e, trend: .additive)]
    }
  }

  /// Hyndman et al.'s classes: 1 linear (additive error and trend); 2 multiplicative error with an
  /// additive trend (analytic variance); 3 multiplicative trend (no closed-form variance).
  package var varianceClass: Int {
    if trend == .multiplicative { return 3 }
    return error == .additive ? 1 : 2
  }

  /// The number of estimated values: α, β, φ and the initial states ℓ₀, b₀.
  var parameterCount: Int { trend == .none ? 2 : (damped ? 5 : 4) }
}

/// One pass of an ETS model over a series: the one-step forecasts, the errors and the
/// log-likelihood term R minimises, n·log Σe² (+ 2Σlog|μ| for multiplicative errors).
struct ETSRecursion {
  var components: ETSComponents
  var alpha: Double, beta: Double, phi: Double

  /// The one-step forecast from (ℓ, b); nil where R's gives NA (a negative multiplicative growth).
  @inline(__always)
  func oneStep(level: Double, growth: Double) -> Double? { oneStep(level: level, growth: growth, trend: components.trend, phi: phi) }

  @inline(__always)
  func update(level: inout Double, growth: inout Double, observed y: Double) {
    update(level: &level, growth: &growth, observed: y, trend: components.trend, phi: phi)
  }

  /// `oneStep` with the trend and φ given, so that a caller passing constants gets a loop without
  /// the switch (and, undamped, without multiplying by φ = 1, which gives the same bits).
  @inline(__always)
  private func oneStep(level: Double, growth: Double, trend: ETSComponents.Trend, phi: Double) -> Double? {
    switch trend {
    case .none: return level
    case .additive: return level + phi * growth
    case .multiplicative:
      guard growth >= 0 else { return nil }
      return level * (phi == 1 ? growth : pow(growth, phi))
    }
  }

  @inline(__always)
  private func update(level: inout Double, growth: inout Double, observed y: Double, trend: ETSComponents.Trend, phi: Double) {
    let old = level
    let damped: Double, q: Double
    switch trend {
    case .none: (damped, q) = (0, level)
    case .additive: damped = phi * growth; q = level + damped
    case .multiplicative: damped = phi == 1 ? growth : pow(growth, phi); q = level * damped
    }
    level = q + alpha * (y - q)
    switch trend {
    case .none: break
    case .additive: growth = damped + beta / alpha * (level - old - damped)
    case .multiplicative:
      let ratio = abs(old) < 1e-10 ? 1e10 : level / old
      growth = damped + beta / alpha * (ratio - damped)
    }
  }

  /// C's frexp, m·2^e = x with m in [0.5, 1), read from the bits for a normal x (the exponent
  /// field less 1022, the fraction under exponent 1022) and by `frexp` otherwise: the same pair,
  /// in a few instructions instead of the library's subnormal and special-value handling per step.
  @inline(__always)
  static func frexpOfNormal(_ x: Double) -> (Double, Int) {
    let bits = x.bitPattern
    let field = Int((bits >> 52) & 0x7ff)
    guard field != 0, field != 0x7ff else { return frexp(x) }
    return (Double(bitPattern: (bits & 0x800F_FFFF_FFFF_FFFF) | (1022 << 52)), field - 1022)
  }

  struct Pass {
    var criterion: Double
    var sumOfSquaredErrors: Double
    var errors: [Double]
    var fitted: [Double]
    var level: Double
    var growth: Double
  }

  /// Runs from the initial states; `keep` stores fitted values and errors (off while optimising).
  ///
  /// The loop is generic over the model's shape (`ETSShape`), so the compiler makes one copy per
  /// error and trend type with the per-step switches decided at compile time: the optimiser runs
  /// this for every trial point. The arithmetic is the same in every copy.
  func run(_ y: [Double], level0: Double, growth0: Double, keep: Bool) -> Pass? {
    switch (components.error, components.trend, components.damped) {
    case (.additive, .none, _): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.AN.self)
    case (.additive, .additive, false): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.AA.self)
    case (.additive, .additive, true): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.AAd.self)
    case (.additive, .multiplicative, false): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.AM.self)
    case (.additive, .multiplicative, true): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.AMd.self)
    case (.multiplicative, .none, _): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.MN.self)
    case (.multiplicative, .additive, false): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.MA.self)
    case (.multiplicative, .additive, true): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.MAd.self)
    case (.multiplicative, .multiplicative, false): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.MM.self)
    case (.multiplicative, .multiplicative, true): run(y, level0: level0, growth0: growth0, keep: keep, shape: ETSShapes.MMd.self)
    }
  }

  private func run<Shape: ETSShape>(_ y: [Double], level0: Double, growth0: Double, keep: Bool, shape: Shape.Type) -> Pass? {
    let multiplicative = Shape.multiplicative, trend = Shape.trend
    // Undamped, φ is 1 (`ETSModel.recursion`): the constant lets the compiler drop φ·b, b exactly.
    let phi = Shape.damped ? self.phi : 1
    var level = level0, growth = growth0
    var sse = 0.0
    // Σ log|μ| as the log of a product kept as mantissa × 2^exponent (frexp), so that one
    // logarithm serves the whole pass: a log per step was an eighth of `auto`'s time.
    var mantissa = 1.0, exponent = 0
    var errors: [Double] = [], fitted: [Double] = []
    if keep { errors.reserveCapacity(y.count); fitted.reserveCapacity(y.count) }
    for value in y {
      guard let mu = oneStep(level: level, growth: growth, trend: trend, phi: phi), mu.isFinite else { return nil }
      let e = multiplicative ? (value - mu) / mu : value - mu
      if keep { errors.append(e); fitted.append(mu) }
      sse += e * e
      if multiplicative {
        let (fraction, power) = Self.frexpOfNormal(abs(mu))
        mantissa *= fraction
        exponent += power
        if mantissa < 1e-250 {
          let (m, p) = frexp(mantissa)
          (mantissa, exponent) = (m, exponent + p)
        }
      }
      update(level: &level, growth: &growth, observed: value, trend: trend, phi: phi)
    }
    var criterion = Double(y.count) * log(sse)
    if multiplicative { criterion += 2 * (log(mantissa) + Double(exponent) * M_LN2) }
    if criterion < -1e10 { criterion = -1e10 }  // a perfect fit, as R caps it
    guard !criterion.isNaN else { return nil }
    return Pass(criterion: criterion, sumOfSquaredErrors: sse, errors: errors, fitted: fitted, level: level, growth: growth)
  }
}

/// An ETS model's error and trend types, and whether its trend is damped, known at compile time
/// (see `ETSRecursion.run`).
protocol ETSShape {
  static var multiplicative: Bool { get }
  static var trend: ETSComponents.Trend { get }
  static var damped: Bool { get }
}

extension ETSShape {
  static var damped: Bool { false }
}

enum ETSShapes {
  enum AN: ETSShape { static var multiplicative: Bool { false }; static var trend: ETSComponents.Trend { .none } }
  enum AA: ETSShape { static var multiplicative: Bool { false }; static var trend: ETSComponents.Trend { .additive } }
  enum AM: ETSShape { static var multiplicative: Bool { false }; static var trend: ETSComponents.Trend { .multiplicative } }
  enum MN: ETSShape { static var multiplicative: Bool { true }; static var trend: ETSComponents.Trend { .none } }
  enum MA: ETSShape { static var multiplicative: Bool { true }; static var trend: ETSComponents.Trend { .additive } }
  enum MM: ETSShape { static var multiplicative: Bool { true }; static var trend: ETSComponents.Trend { .multiplicative } }
  enum AAd: ETSShape { static var multiplicative: Bool { false }; static var trend: ETSComponents.Trend { .additive }; static var damped: Bool { true } }
  enum AMd: ETSShape { static var multiplicative: Bool { false }; static var trend: ETSComponents.Trend { .multiplicative }; static var damped: Bool { true } }
  enum MAd: ETSShape { static var multiplicative: Bool { true }; static var trend: ETSComponents.Trend { .additive }; static var damped: Bool { true } }
  enum MMd: ETSShape { static var multiplicative: Bool { true }; static var trend: ETSComponents.Trend { .multiplicative }; static var damped: Bool { true } }
}
