import Foundation

/// `auto`: the forecast analysts can take without choosing a method.
///
/// **Point forecasts** combine five methods that see a yearly series differently: DOTM (dynamic
/// optimised Theta, estimated by its profile over α: `DynamicThetaModel.Estimation.profile`), the mean drift, the median drift (which one bad year cannot drag), Holt's
/// linear trend with multiplicative errors, ETS(M,A,N) (ETS(A,A,N) when a value is ≤ 0), and, for
/// positive series, the drift of log y — a constant growth rate, which is what compounding series
/// such as GDP follow. Each member is weighted by prior/score, where score is its mean absolute
/// error over the rolling origins of the series' own last `windows` years (up to `horizon` steps,
/// divided by the mean absolute yearly change) and the prior is 2 for DOTM, 1 for the others.
/// The rule was chosen on the M3, M1 and Tourism yearly series and a set of long economic series
/// pooled (BENCHMARKS.md lists what else was tried); on each of them it is more accurate on both
/// sMAPE and MASE than every method of R's `forecast` package in the same run.
///
/// **Intervals** are calibrated on the same backtest (split-conformal style): each backtest error
/// is divided by g(h)·s, s the mean absolute yearly change of the training part and g(h) = h for
/// levels, √h for rates (see `Kind`), and the half-width at level L is g(h)·s times the
/// ⌈(m + 1)L⌉-th smallest of the m pooled values, blended with the quantile pooled across all the
/// benchmark's series (`priorQuantiles`, `priorWeight`); a positive level's lower bound stops at
/// zero. With fewer than `minimumCalibration` values the pooled quantiles stand alone, so a short
/// series gets wide intervals, never zero-width ones. (Intervals in log-ratio form, [f/(1+u),
/// f(1+u)], covered M1 and the economic series slightly better but made M3's MSIS 36, not 24.)
///
/// Series of 2–6 values get the drift, one value the naive forecast, with prior intervals.
package struct AutoModel: ForecastModel {
  package var horizon: Int
  package var windows: Int
  package var minimumCalibration: Int
  /// What kind of series this is, which decides two things.
  package enum Kind: String, Sendable {
    /// A level or count (GDP, firms): a positive one may be modelled as growth (log drift), its
    /// uncertainty grows like the horizon h (an error in the trend accumulates), and its lower
    /// bounds stop at zero.
    case level
    /// A rate, share or ratio (growth %, R&D intensity): no log models, values may change sign,
    /// and uncertainty grows like √h — a 7% growth rate does not drift away like a level does.
    case rate
  }
  package var kind: Kind
  /// Members weighed beside `members(length:positive:)`'s for series of 7 values or more, each with
  /// its prior: a candidate rule to score with `indicators-bench-forecast` (`auto_with_damped`);
  /// none in the product.
  package var extraMembers: [ExtraMember]
  package struct ExtraMember: Sendable {
    package var model: any ForecastModel
    package var prior: Double
    package init(_ model: any ForecastModel, prior: Double = 1) {
      precondition(prior > 0, "AutoModel.ExtraMember: the prior must be positive")
      self.model = model
      self.prior = prior
    }
  }

  /// The power p of the weights w ∝ prior / score^p: 1 in the product; a larger p leans harder on
  /// the member with the best backtest (a candidate rule for `indicators-bench-forecast auto_power2`).
  package var weightPower: Double

  package init(
    horizon: Int = 6, windows: Int = 8, minimumCalibration: Int = 10, kind: Kind = .level, extraMembers: [ExtraMember] = [],
    weightPower: Double = 1
  ) {
    precondition(horizon > 0 && windows > 0, "AutoModel: horizon and windows must be positive")
    self.horizon = horizon
    self.windows = windows
    self.minimumCalibration = minimumCalibration
    self.kind = kind
    self.extraMembers = extraMembers
    self.weightPower = weightPower
  }

  package var name: String { "auto" }
  package var minimumLength: Int { 1 }

  /// Backtest origins keep at least this many training values.
  static let minimumTraining = 6

  /// DOTM and ETS are estimated once and filtered on through the backtest origins (instead of
  /// refitted at each) when the earliest origin has at least this many values. From 20 values on,
  /// a few more change their estimates little: on the benchmark sets, filtering on from every
  /// length moved sMAPE by −0.08 to +0.02 and 80% coverage by up to −0.6 points, from 20 on by at
  /// most 0.01 and 0.1 (BENCHMARKS.md), while a 100-year series costs less than half as much.
  static let refilterLength = 20

  /// The members and their prior weights for a series of length n.
  package static func members(length n: Int, positive: Bool) -> [(model: any ForecastModel, prior: Double)] {
    if n < 7 { return [(n >= 2 ? DriftModel() : NaiveModel(), 1)] }
    var members: [(model: any ForecastModel, prior: Double)] = [
      (DynamicThetaModel(estimation: .profile), 2), (DriftModel(), 1), (DriftModel(estimator: .median), 1),
      (ETSModel(ETSComponents(error: positive ? .multiplicative : .additive, trend: .additive)), 1),
    ]
    if positive { members.append((LogScaleModel(DriftModel()), 1)) }
    return members
  }

  /// The old `comb` method: mean, damped and median drift and Theta, equal weights.
  package static let combination = CombinationModel([
    DriftModel(), DriftModel(damping: 0.9), DriftModel(estimator: .median), ThetaModel(),
  ])

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let positive = kind == .level && y.allSatisfy { $0 > 0 }
    var members = Self.members(length: y.count, positive: positive)
    if y.count >= 7 { members += extraMembers.map { ($0.model, $0.prior) } }
    let full = members.map { try? $0.model.fit(y) }
    let record = Backtrack(
      y: y, members: members.map(\.model), full: full, windows: windows, horizon: horizon, minimumTraining: Self.minimumTraining)
    let weights = record.weights(priors: members.map(\.prior), power: weightPower)
    var fitted: [any FittedForecast] = [], used: [Double] = [], names: [String] = []
    for (member, (f, w)) in zip(members, zip(full, weights)) where w > 0 {
      guard let f else { continue }
      fitted.append(f)
      used.append(w)
      names.append(member.model.name)
    }
    guard !fitted.isEmpty else { throw .tooShort(model: name, needed: 2, got: y.count) }
    let total = used.reduce(0, +)
    let scores = record.calibrationScores(weights: weights, growth: kind.growth)
    return Fitted(
      combination: WeightedCombination(members: fitted, weights: used.map { $0 / total }), memberNames: names,
      scale: Interval.scale(y), growth: kind.growth, nonNegative: positive, scores: scores.sorted(), minimumCalibration: minimumCalibration)
  }
}

extension AutoModel.Kind {
  /// g(h): how the interval unit grows with the steps ahead.
  var growth: Interval.Growth { self == .level ? .linear : .squareRoot }
}
