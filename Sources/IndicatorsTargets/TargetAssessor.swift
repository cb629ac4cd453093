import Foundation
import IndicatorsCore
import IndicatorsForecast

/// Assesses plan targets against a series' annual values and the `auto` forecast.
///
/// Arithmetic (for a higher-is-better target T due in year d from base B in year b, latest L in l):
/// required growth r = (T/B)^(1/(d−b)) − 1; actual growth a = (L/B)^(1/(l−b)) − 1; growth now
/// required (T/L)^(1/(d−l)) − 1; share of the way ln(L/B)/ln(T/B) against time (l−b)/(d−b);
/// the path year where L sits, b + ln(L/B)/ln(1+r), minus l, is how many years ahead (or behind)
/// the series is. Shares and rates use a straight path: per-year change (T−B)/(d−b).
/// Lower-is-better targets reverse every comparison.
package enum TargetAssessor {
  /// Projections need this many observed (not interpolated) annual values.
  package static let minimumObservedForProjection = 5

  /// - Parameter currentYear: the year of the assessment (today's, or the `--as-of` date's): a due
  ///   year before it without data is reported as missing data, not projected.
  /// - Parameter realGrowth: for a growth target on a current-price level, the constant-price
  ///   growth-rate series of the same region (see `GrowthBasis.realGrowthIndicator`): the target is
  ///   then measured on real growth; without it, on the level's nominal growth, and said so.
  package static func assess(
    _ target: PlanTarget, indicator: IndicatorDefinition, points: [SeriesPoint], comparedPoints: [SeriesPoint] = [],
    realGrowth: (indicator: IndicatorDefinition, points: [SeriesPoint])? = nil, levels: [SeriesPoint] = [],
    currentYear: Int = Int.min
  ) -> TargetAssessment {
    let rule: TargetRule
    switch TargetRule.rule(for: target.kind, on: indicator.measureKind) {
    case .success(let r): rule = r
    case .failure(let problem):
      return empty(target, .notApplicable, .worded(zh: problem.chinese, en: problem.description))
    }
    let nominal = indicator.measureKind.isLevel && indicator.priceBasis == "current"
      && [.growth, .multiple, .cumulative].contains(target.kind)
    if nominal, target.kind == .growth, let real = realGrowth, !AnnualSeries(real.points).observed.isEmpty {
      var a = ratesTarget(target, indicator: real.indicator, series: AnnualSeries(real.points), currentYear: currentYear)
      a.basis = .real(real.indicator.code)
      return a
    }
    let series = AnnualSeries(points)
    let values = series.observedByYear
    var a: TargetAssessment
    switch rule {
    case .yearValue: a = annual(target, indicator: indicator, values: values, series: series, currentYear: currentYear)
    case .margin: a = relative(target, values: values, compared: comparedPoints)
    case .meanOfRates: a = ratesTarget(target, indicator: indicator, series: series, currentYear: currentYear)
    case .compoundGrowth, .pointChange:
      a = pathTarget(target, indicator: indicator, values: values, series: series, currentYear: currentYear)
    }
    a.rule = rule
    if nominal { a.basis = .nominal }
    if rule == .yearValue, values[target.duePeriod] == nil,
      let outlook = YearToDateOutlook.outlook(for: target, rate: indicator.measureKind == .rate, points: points, levels: levels)
    {
      a = withYearToDate(a, outlook, currentYear: currentYear)
    }
    return a
  }

  /// An annual target whose year has begun: the year-to-date outlook replaces the annual model's
  /// projection and probability (it knows the months already counted); without an interval, the
  /// model's probability stays.
  static func withYearToDate(_ assessment: TargetAssessment, _ o: YearToDateOutlook, currentYear: Int) -> TargetAssessment {
    var a = assessment
    a.yearToDate = o
    // A year already over with only its first months on record stays short of data.
    a.status = a.status == .insufficientData && a.target.duePeriod < currentYear ? .insufficientData : .pending
    if let lo80 = o.lower80, let hi80 = o.upper80, let lo95 = o.lower95, let hi95 = o.upper95 {
      a.projectionPath = [.init(
        year: a.target.duePeriod, mean: o.projection, lower80: lo80, upper80: hi80, lower95: lo95, upper95: hi95,
        method: "year-to-date \(o.method.rawValue)")]
      a.probability = o.probability
    }
    a.notes = []
    return a
  }

  /// The Platt scaling applied to the forecast's P(Y ≥ threshold) before it is reported, fitted by
  /// `make bench-targets` on the M3, M1, Tourism and long economic series pooled (thresholds set
  /// at the origin, 77,859 cases less the bundled ones): the raw probabilities were too timid and
  /// set a little low (of the cases given 0.5–0.6, 62% were met). BENCHMARKS.md has the tables.
  package static let probabilityScaling = PlattScaling(intercept: 0.1319, slope: 1.2301)

  /// P(Y_{l+h} ≥ threshold) from the forecast, mapped by `probabilityScaling`.
  static func calibratedProbability(_ fitted: some FittedForecast, atLeast threshold: Double, horizon: Int) -> Double {
    probabilityScaling(fitted.probability(atLeast: threshold, horizon: horizon))
  }

  /// The forecast every projection rests on: `auto`, told whether the series is a level or a rate.
  package static func projectionModel(_ indicator: IndicatorDefinition, horizon: Int) -> AutoModel {
    AutoModel(horizon: horizon, kind: indicator.measureKind.isLevel ? .level : .rate)
  }

  static func meets(_ value: Double, _ threshold: Double, _ target: PlanTarget) -> Bool {
    // 约 (about) targets allow half a percent of slack.
    let slack = target.qualifier == .about ? abs(threshold) * 0.005 : 0
    return target.direction == .higher ? value >= threshold - slack : value <= threshold + slack
  }

  static func empty(_ target: PlanTarget, _ status: TargetAssessment.Status, _ note: TargetNote? = nil) -> TargetAssessment {
    TargetAssessment(
      target: target, rule: nil, status: status, notes: note.map { [$0] } ?? [], geometric: false, milestones: [], requiredPath: [])
  }

  // MARK: Targets on a path from a base to a due year

  static func pathTarget(_ target: PlanTarget, indicator: IndicatorDefinition, values: [Int: Double], series: AnnualSeries, currentYear: Int) -> TargetAssessment {
    guard let b = target.basePeriod else { return empty(target, .insufficientData, .noBaseYear) }
    guard let base = target.baseValue ?? values[b] else {
      return empty(target, .insufficientData, .noBaseValue(year: b))
    }
    let d = target.duePeriod
    guard d > b else { return empty(target, .insufficientData, .dueBeforeBase) }
    let level: Double
    switch target.kind {
    case .growth: level = base * pow(1 + target.value / 100, Double(d - b))
    case .multiple: level = base * target.value
    case .cumulative: level = base * (1 + target.value / 100)
    default: level = target.value
    }
    if target.kind == .growth || target.kind == .multiple || target.kind == .cumulative, !(base > 0) {
      return empty(target, .insufficientData, .baseNotPositive(value: base, year: b, kind: target.kind))
    }
    guard level.isFinite, base.isFinite else { return empty(target, .insufficientData, .levelOutOfRange) }
    // Levels and counts grow geometrically; rates, shares, ratios and ranks change by points
    // (a ratio's cumulative % change is geometric too: 单位GDP能耗累计下降13.5%).
    let geometric = target.kind != .share && base > 0 && level > 0
      && (indicator.measureKind.isLevel || (indicator.measureKind == .ratio && target.kind == .cumulative))
    let span = Double(d - b)
    let required = geometric ? (pow(level / base, 1 / span) - 1) * 100 : (level - base) / span
    func pathValue(_ year: Int) -> Double {
      geometric ? base * pow(level / base, Double(year - b) / span) : base + (level - base) * Double(year - b) / span
    }
    var a = TargetAssessment(
      target: target, rule: nil, status: .pending, notes: [], targetLevel: level, baseYear: b, baseValue: base,
      geometric: geometric, milestones: [], requiredPath: (b...d).map { ($0, pathValue($0)) })
    a.requiredPerYear = required

    // Milestones of a multiple: 三年攻坚 inside 五年倍增 is the doubling path after three years.
    var milestones = target.milestones
    for i in milestones.indices where milestones[i].value.isNaN {
      milestones[i].value = pathValue(milestones[i].period)
    }

    let observedYears = values.keys.filter { $0 >= b && $0 <= d }.sorted()
    guard let l = observedYears.last else {
      return empty(target, .insufficientData, .noValueSinceBase(year: b))
    }
    let latest = values[l]!
    a.latestYear = l
    a.latestValue = latest

    if let due = values[d] {
      a.status = meets(due, level, target) ? .met : .missed
      a.notes = [.dueValue(year: d, actual: due, target: level)]
    }
    if l > b {
      let elapsed = Double(l - b)
      let actual = geometric ? (pow(latest / base, 1 / elapsed) - 1) * 100 : (latest - base) / elapsed
      a.actualPerYear = actual
      if abs(required) > 1e-12 { a.ratio = actual / required }
      a.timeShare = elapsed / span
      a.progressShare = geometric ? log(latest / base) / log(level / base) : (latest - base) / (level - base)
      if abs(required) > 1e-12 {
        let pathYear = geometric
          ? Double(b) + log(latest / base) / log(1 + required / 100)
          : Double(b) + (latest - base) / required
        a.yearsAhead = pathYear - Double(l)
      }
      if a.status == .pending {
        if meets(latest, level, target) {
          a.status = .onTrack
          a.notes = [.alreadyAtTarget]
        } else if let ratio = a.ratio {
          a.status = .progress(ratio: ratio)
        }
      }
    } else if a.status == .pending {
      a.notes = [.noValueAfterBase]
    }
    if meets(latest, level, target) { a.projectedYearReached = l }
    if l < d {
      let remaining = Double(d - l)
      a.remainingPerYear = geometric ? (pow(level / latest, 1 / remaining) - 1) * 100 : (level - latest) / remaining
    }

    // Projection to the due year from the series up to the latest year.
    let history = Array(series.values.prefix(max(0, l - series.firstYear + 1)))
    let observed = values.keys.filter { $0 <= l }.count
    if l < d, observed < minimumObservedForProjection {
      a.notes.append(.tooFewToProject(observed: observed, needed: minimumObservedForProjection))
    }
    if l < d, observed >= minimumObservedForProjection, d >= currentYear, let fitted = try? projectionModel(indicator, horizon: d - l).fit(history) {
      let horizon = d - l + 10
      let forecast = fitted.forecast(horizon: horizon, levels: [80, 95])
      a.projectionPath = projections(forecast, after: l, through: d)
      let above = calibratedProbability(fitted, atLeast: level, horizon: d - l)
      a.probability = target.direction == .higher ? above : 1 - above
      if let stretch = target.stretchValue {
        let stretchLevel = target.kind == .level || target.kind == .share ? stretch : level * stretch / target.value
        let s = calibratedProbability(fitted, atLeast: stretchLevel, horizon: d - l)
        a.stretchProbability = target.direction == .higher ? s : 1 - s
      }
      a.projectedYearReached = a.projectedYearReached
        ?? forecast.mean.indices.first { meets(forecast.mean[$0], level, target) }.map { l + $0 + 1 }
      a.milestones = milestones.map { m in
        if let actual = values[m.period] {
          return .init(milestone: m, status: meets(actual, m.value, target) ? .met : .missed, actual: actual, probability: nil)
        }
        guard m.period > l, m.period - l <= horizon else {
          return .init(milestone: m, status: .insufficientData, actual: nil, probability: nil)
        }
        let p = calibratedProbability(fitted, atLeast: m.value, horizon: m.period - l)
        return .init(milestone: m, status: .pending, actual: nil, probability: target.direction == .higher ? p : 1 - p)
      }
    } else {
      a.milestones = milestones.map { m in
        values[m.period].map { .init(milestone: m, status: meets($0, m.value, target) ? .met : .missed, actual: $0, probability: nil) }
          ?? .init(milestone: m, status: .insufficientData, actual: nil, probability: nil)
      }
    }
    return a
  }

  /// The forecast's years l+1 … d with their 80% and 95% intervals.
  package static func projections(_ forecast: Forecast, after l: Int, through d: Int) -> [TargetAssessment.Projection] {
    let (b80, b95) = (forecast.band(level: 80), forecast.band(level: 95))
    return (0..<(d - l)).map { h in
      .init(
        year: l + h + 1, mean: forecast.mean[h], lower80: b80.lower[h], upper80: b80.upper[h],
        lower95: b95.lower[h], upper95: b95.upper[h], method: forecast.intervalMethod)
    }
  }

  // MARK: Annual targets (a value for one year)

  static func annual(
    _ target: PlanTarget, indicator: IndicatorDefinition, values: [Int: Double], series: AnnualSeries, currentYear: Int
  ) -> TargetAssessment {
    let d = target.duePeriod
    var a = empty(target, .pending)
    a.targetLevel = target.value
    if let actual = values[d] {
      a.latestYear = d
      a.latestValue = actual
      a.status = meets(actual, target.value, target) ? .met : .missed
      a.notes = [.dueValue(year: d, actual: actual, target: target.value)]
      return a
    }
    guard d >= currentYear else { return empty(target, .insufficientData, .noValueRecorded(year: d)) }
    let history = series.values.isEmpty ? [] : Array(series.values.prefix(max(0, min(series.lastYear, d - 1) - series.firstYear + 1)))
    guard !history.isEmpty else { return empty(target, .insufficientData, .noValues) }
    let observed = values.keys.filter { $0 < d }.count
    guard observed >= minimumObservedForProjection else {
      return empty(target, .insufficientData, .noValueTooFewToProject(year: d, observed: observed))
    }
    let l = series.firstYear + history.count - 1
    a.latestYear = l
    a.latestValue = history.last
    guard d > l, let fitted = try? projectionModel(indicator, horizon: d - l).fit(history) else {
      return empty(target, .insufficientData, .noValue(year: d))
    }
    a.projectionPath = projections(fitted.forecast(horizon: d - l, levels: [80, 95]), after: l, through: d)
    let above = calibratedProbability(fitted, atLeast: target.value, horizon: d - l)
    a.probability = target.direction == .higher ? above : 1 - above
    a.notes = [.noValueYet(year: d)]
    return a
  }

  // MARK: Relative targets (growth above another region's)

  static func relative(_ target: PlanTarget, values: [Int: Double], compared: [SeriesPoint]) -> TargetAssessment {
    guard let other = target.comparedRegion else { return empty(target, .insufficientData, .noComparedRegion) }
    let theirs = AnnualSeries(compared).observedByYear
    let start = (target.basePeriod ?? target.duePeriod - 1) + 1
    let years = (start...target.duePeriod).filter { values[$0] != nil && theirs[$0] != nil }
    guard !years.isEmpty else {
      return empty(target, .insufficientData, .noCommonYear(since: start, region: target.region, compared: other))
    }
    let gaps = years.map { values[$0]! - theirs[$0]! }
    let average = gaps.reduce(0, +) / Double(gaps.count)
    var a = empty(target, .pending, .averageGap(points: average, years: years))
    a.targetLevel = target.value
    a.latestYear = years.last
    a.latestValue = gaps.last
    a.actualPerYear = average
    a.requiredPerYear = target.value
    if target.value != 0 { a.ratio = average / target.value }
    let complete = years.last == target.duePeriod && years.count == target.duePeriod - start + 1
    if complete {
      a.status = meets(average, target.value, target) ? .met : .missed
    } else {
      // A margin is on track only when the average gap meets it; short of that, at best it needs acceleration.
      let progress = TargetAssessment.Status.progress(ratio: a.ratio ?? 0)
      a.status = meets(average, target.value, target) ? .onTrack : progress == .onTrack ? .needsAcceleration : progress
    }
    return a
  }
}
