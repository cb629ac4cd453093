import Foundation
import IndicatorsCore
import IndicatorsForecast

extension TargetAssessor {
  /// 年均增长 g% (or 累计增长 x%) on a series of yearly growth rates r_y in %, base year b, due d.
  ///
  /// The growth of year y is r_y, so the target covers the years b+1 … d (N = d − b of them).
  /// - goal: G = (1 + g/100)^N (growth), or G = 1 + x/100 (cumulative); the required mean is
  ///   G^(1/N) − 1;
  /// - achieved: A = ∏ (1 + r_y/100) over the years b+1 … l with values (interior gaps filled as
  ///   `AnnualSeries` fills them), n = l − b of them; the actual mean is A^(1/n) − 1, the geometric
  ///   mean of the rates;
  /// - still needed: (G/A)^(1/(d−l)) − 1 a year over the d − l years to come;
  /// - met when every year through d has a value and A ≥ G; before that, the Eurostat ratio of
  ///   actual to required mean growth gives the class; the path year b + ln A / ln(1 + g) − l says
  ///   how many years ahead (+) or behind.
  /// - probability: P(mean of the future rates ≥ the mean still needed) from the `auto` forecast of
  ///   the rate series. For one year to go it is the forecast's own probability; for more, a normal
  ///   with the average of the forecast means and the average of their standard deviations (read
  ///   from the 80% intervals), i.e. errors taken as fully correlated across years — a rate series'
  ///   forecast errors are mostly a shared level shift, and this is the wider, cautious choice.
  ///   The one-year probability is the backtested one (with `probabilityScaling`); the normal for
  ///   several years is not backtested.
  static func ratesTarget(_ target: PlanTarget, indicator: IndicatorDefinition, series: AnnualSeries, currentYear: Int)
    -> TargetAssessment
  {
    guard let b = target.basePeriod else { return empty(target, .insufficientData, .noBaseYear) }
    let d = target.duePeriod
    guard d > b else { return empty(target, .insufficientData, .dueBeforeBase) }
    let span = Double(d - b)
    let goal = target.kind == .cumulative ? 1 + target.value / 100 : pow(1 + target.value / 100, span)
    let required = (pow(goal, 1 / span) - 1) * 100
    var a = empty(target, .pending)
    a.rule = .meanOfRates
    a.targetLevel = required
    a.requiredPerYear = required
    a.baseYear = b
    a.requiredPath = (b + 1...d).map { ($0, required) }
    guard !series.values.isEmpty, series.firstYear <= b + 1 else {
      return empty(target, .insufficientData, .noRateSinceBase(year: b))
    }
    let l = min(series.lastYear, d)
    guard l > b else {
      a.status = .pending
      a.notes = [.noRateSinceBase(year: b)]
      a.remainingPerYear = required
      return withRateProjection(a, target: target, indicator: indicator, series: series, achieved: 1, through: b, currentYear: currentYear)
    }
    let rates = (b + 1...l).map { series.values[$0 - series.firstYear] }
    let achieved = rates.reduce(1) { $0 * (1 + $1 / 100) }
    let n = Double(rates.count)
    let actual = (pow(achieved, 1 / n) - 1) * 100
    a.latestYear = l
    a.latestValue = rates.last
    a.actualPerYear = actual
    a.timeShare = n / span
    a.progressShare = log(achieved) / log(goal)
    if abs(required) > 1e-12 {
      a.ratio = actual / required
      a.yearsAhead = Double(b) + log(achieved) / log(1 + required / 100) - Double(l)
    }
    let filled = series.filledYears.filter { $0 > b && $0 <= l }
    if !filled.isEmpty { a.notes.append(.ratesFilledIn(years: filled)) }
    let meetsGoal = meets(achieved, goal, target)
    if l == d {
      a.status = meetsGoal ? .met : .missed
      a.notes.append(.meanGrowth(percent: actual, from: b + 1, to: d))
      return a
    }
    a.remainingPerYear = (pow(goal / achieved, 1 / Double(d - l)) - 1) * 100
    a.status = meetsGoal || meets(actual, required, target) ? .onTrack : .progress(ratio: a.ratio ?? 0)
    return withRateProjection(a, target: target, indicator: indicator, series: series, achieved: achieved, through: l, currentYear: currentYear)
  }

  /// Adds the forecast of the rates after `l` and the probability that their mean reaches what is
  /// still needed (see `ratesTarget`).
  private static func withRateProjection(
    _ assessment: TargetAssessment, target: PlanTarget, indicator: IndicatorDefinition, series: AnnualSeries,
    achieved: Double, through l: Int, currentYear: Int
  ) -> TargetAssessment {
    var a = assessment
    let d = target.duePeriod
    let history = Array(series.values.prefix(l - series.firstYear + 1))
    let observed = series.observed.filter { $0.year <= l }.count
    guard observed >= minimumObservedForProjection else {
      a.notes.append(.tooFewToProject(observed: observed, needed: minimumObservedForProjection))
      return a
    }
    guard d >= currentYear, let fitted = try? projectionModel(indicator, horizon: d - l).fit(history),
      let needed = a.remainingPerYear
    else { return a }
    let forecast = fitted.forecast(horizon: d - l, levels: [80, 95])
    a.projectionPath = projections(forecast, after: l, through: d)
    let above: Double
    if d - l == 1 {
      above = calibratedProbability(fitted, atLeast: needed, horizon: 1)
    } else {
      let band = forecast.band(level: 80)
      let sds = zip(band.lower, band.upper).map { ($1 - $0) / (2 * Normal.quantile(0.9)) }
      let mean = forecast.mean.reduce(0, +) / Double(forecast.mean.count)
      let sd = sds.reduce(0, +) / Double(sds.count)
      above = sd > 0 ? 1 - Normal.cdf((needed - mean) / sd) : (mean >= needed ? 1 : 0)
    }
    a.probability = target.direction == .higher ? above : 1 - above
    return a
  }
}
