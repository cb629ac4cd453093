import Foundation

/// A combination whose weights come from each member's rolling-origin record on the series itself.
///
/// Each member is fitted at the last `windows` origins that leave at least `minimumTraining`
/// points and forecasts up to `horizon` steps; its score is the mean absolute error over all those
/// steps, divided by the series' mean absolute yearly change (so scores are MASE-like). The
/// weights are then
/// - `.select`: all weight on the lowest score;
/// - `.inverse`: w_m ∝ 1/score_m (Bates & Granger 1969, with errors for variances);
/// - `.inverseSquare`: w_m ∝ 1/score_m².
/// A member that cannot fit at an origin is left out there; one with no score at all is given
/// the median score. With no usable
/// origin the weights are equal.
package struct BacktestWeightedModel: ForecastModel {
  package enum Rule: String, Sendable { case select, inverse, inverseSquare }

  package var members: [any ForecastModel]
  package var rule: Rule
  package var windows: Int
  package var horizon: Int
  package var minimumTraining: Int

  package init(_ members: [any ForecastModel], rule: Rule, windows: Int = 8, horizon: Int = 6, minimumTraining: Int = 6) {
    precondition(!members.isEmpty && windows > 0 && horizon > 0, "BacktestWeightedModel: empty members, windows or horizon")
    self.members = members
    self.rule = rule
    self.windows = windows
    self.horizon = horizon
    self.minimumTraining = minimumTraining
  }

  package var name: String { "bt_\(rule.rawValue)(" + members.map(\.name).joined(separator: ",") + ")" }
  package var minimumLength: Int { members.map(\.minimumLength).min()! }

  /// The members' backtest scores (nil where a member never fitted).
  package func scores(_ y: [Double]) -> [Double?] {
    let scale = zip(y.dropFirst(), y).map { abs($0 - $1) }.reduce(0, +) / Double(max(1, y.count - 1))
    let origins = stride(from: y.count - 1, through: minimumTraining, by: -1).prefix(windows)
    return members.map { member in
      var total = 0.0, count = 0
      for origin in origins {
        let training = Array(y[..<origin])
        guard training.count >= member.minimumLength, let fitted = try? member.fit(training) else { continue }
        let steps = min(horizon, y.count - origin)
        let mean = fitted.predictive(horizon: steps).mean
        for h in 0..<steps where mean[h].isFinite {
          total += abs(y[origin + h] - mean[h])
          count += 1
        }
      }
      guard count > 0 else { return nil }
      return scale > 0 ? total / Double(count) / scale : total / Double(count)
    }
  }

  package func weights(_ scores: [Double?]) -> [Double] {
    let known = scores.compactMap { $0 }
    guard !known.isEmpty else { return Array(repeating: 1 / Double(scores.count), count: scores.count) }
    let filled = scores.map { $0 ?? median(known) }
    let floor = max(1e-12, (filled.max() ?? 1) * 1e-9)
    var raw: [Double]
    switch rule {
    case .select:
      let best = filled.indices.min { filled[$0] < filled[$1] }!
      raw = filled.indices.map { $0 == best ? 1 : 0 }
    case .inverse: raw = filled.map { 1 / max($0, floor) }
    case .inverseSquare: raw = filled.map { 1 / (max($0, floor) * max($0, floor)) }
    }
    let sum = raw.reduce(0, +)
    return raw.map { $0 / sum }
  }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let usable = members.filter { y.count >= $0.minimumLength }
    let fitted = usable.map { try? $0.fit(y) }
    let w = weights(BacktestWeightedModel(usable, rule: rule, windows: windows, horizon: horizon, minimumTraining: minimumTraining).scores(y))
    let pairs = zip(fitted, w).compactMap { f, w in f.map { ($0, w) } }
    guard !pairs.isEmpty else { throw .tooShort(model: name, needed: minimumLength, got: y.count) }
    let total = pairs.map(\.1).reduce(0, +)
    return WeightedCombination(members: pairs.map(\.0), weights: pairs.map { total > 0 ? $0.1 / total : 1 / Double(pairs.count) })
  }
}

/// Forecasts averaged with fixed weights; sd likewise (errs wide; `auto` calibrates it).
struct WeightedCombination: FittedForecast {
  var members: [any FittedForecast]
  var weights: [Double]

  var fittedValues: [Double] {
    let all = members.map(\.fittedValues)
    let n = all.map(\.count).min() ?? 0
    return (0..<n).map { i in
      var sum = 0.0, weight = 0.0
      for (m, w) in zip(all, weights) where m[m.count - n + i].isFinite {
        sum += w * m[m.count - n + i]
        weight += w
      }
      return weight > 0 ? sum / weight : .nan
    }
  }
  var sigma: Double { zip(members, weights).map { $0.sigma * $1 }.reduce(0, +) }
  var parameters: [(name: String, value: Double)] { weights.enumerated().map { ("weight_\($0.offset + 1)", $0.element) } }

  func predictive(horizon: Int) -> Predictive {
    let each = members.map { $0.predictive(horizon: horizon) }
    return Predictive(
      location: (0..<horizon).map { h in zip(each, weights).map { $0.mean[h] * $1 }.reduce(0, +) },
      standardDeviation: (0..<horizon).map { h in
        var sd = 0.0
        for (p, w) in zip(each, weights) {
          sd += w * (p.logScale ? p.mean[h] * p.standardDeviation[h] : p.standardDeviation[h])
        }
        return sd
      })
  }
}
