import Foundation
import IndicatorsCore
import IndicatorsForecast

/// The full-year outlook for an annual target from the year's cumulative (year-to-date) figures,
/// and what the remaining months must do to meet it (四季度需增长 X%).
///
/// Levels (a cumulative value Y for January–m of year d, target T for the year):
/// - the share of the year's total the first m months held in past years, s_y = YTD_m(y) / A(y);
///   the projection is Y / s̄; with n ≥ 2 past years, s is taken as Student t with n − 1 degrees
///   of freedom, centre s̄ and scale sd(s)·√(1 + 1/n) (a new year's share, not the mean's), so the
///   95% interval is Y / (s̄ ± t·scale) and P(full year ≥ T) = P(s ≤ Y/T). Without past years the
///   share is m/12 (an even year), with no interval;
/// - the growth still needed in months m+1…12 over the same months last year:
///   (T − Y) / (A(d−1) − YTD_m(d−1)) − 1.
///
/// Growth rates (a cumulative growth r for January–m, an annual growth target g):
/// - the year's growth is the weighted mean of the two parts' growth, the weight being last year's
///   share of the first m months, w = YTD_m(d−1) / A(d−1) from the level series (exact for a
///   sum of values; for real growth, the usual approximation), or m/12 without levels;
/// - growth still needed in the remaining months: (g − w·r) / (1 − w);
/// - projection: r plus the mean past difference between the annual growth and the growth to
///   month m, a_y − r_y; with n ≥ 2 such years, a t interval from their spread as above. Without
///   them the projection is r (the rest of the year grows as the first months did), no interval.
package struct YearToDateOutlook: Sendable, Equatable {
  package enum Method: String, Sendable {
    /// Levels: the year-to-date share of the annual total in past years.
    case shareOfYear = "share_of_year"
    /// Levels with no past year to measure the share: an even spread, m/12.
    case evenYear = "even_year"
    /// Growth rates: past years' difference between annual and year-to-date growth.
    case growthDifference = "growth_difference"
    /// Growth rates with no past year: the rest of the year grows as the first months.
    case sameGrowth = "same_growth"
  }

  /// The year-to-date period the outlook rests on (`2024YTD9`).
  package var period: Period
  package var value: Double
  package var method: Method
  /// The past years the share or the difference was measured on.
  package var pastYears: [Int]
  /// The full-year projection and its 80% and 95% intervals (nil without past years).
  package var projection: Double
  package var lower80: Double?
  package var upper80: Double?
  package var lower95: Double?
  package var upper95: Double?
  /// P(the full year meets the target), when the interval exists.
  package var probability: Double?
  /// The growth (%) months m+1 … 12 need, over the same months last year, to meet the target.
  package var remainingGrowthNeeded: Double?
  /// The weight of the first m months (w for rates, s̄ for levels).
  package var weight: Double

  package var throughMonth: Int {
    if case .yearToDate(_, let m) = period { return m }
    return 12
  }

  /// `四季度`, `下半年`, `后三个季度`, or `10-12月`: the months still to come, as a report says them.
  package var remainingMonthsChinese: String {
    switch throughMonth {
    case 9: "四季度"
    case 6: "下半年"
    case 3: "后三个季度"
    case 11: "12月"
    default: "\(throughMonth + 1)-12月"
    }
  }

  package var remainingMonthsEnglish: String {
    switch throughMonth {
    case 9: "Q4"
    case 6: "H2"
    case 3: "Q2–Q4"
    default: "months \(throughMonth + 1)–12"
    }
  }

  /// The latest year-to-date figure of the due year, with at least one month to go.
  static func latestYearToDate(_ points: [SeriesPoint], year: Int) -> (month: Int, value: Double)? {
    points.compactMap { p -> (Int, Double)? in
      if case .yearToDate(let y, let m) = p.period, y == year, m < 12, p.status != .derived { return (m, p.value) }
      return nil
    }.max { $0.0 < $1.0 }
  }

  /// Year-to-date values through `month`, by year.
  static func yearToDate(_ points: [SeriesPoint], month: Int) -> [Int: Double] {
    var out: [Int: Double] = [:]
    for p in points where p.status != .derived {
      if case .yearToDate(let y, let m) = p.period, m == month { out[y] = p.value }
    }
    return out
  }

  /// The outlook for an annual `target` (value T or growth g) on `points` (levels or rates, with
  /// their year-to-date periods), or nil when the due year has no year-to-date figure.
  /// - Parameter levels: for a rate series, the level series it is the growth of (gdp for
  ///   gdp_growth), whose year-to-date share weights the months; empty when there is none.
  package static func outlook(
    for target: PlanTarget, rate: Bool, points: [SeriesPoint], levels: [SeriesPoint] = []
  ) -> YearToDateOutlook? {
    let d = target.duePeriod
    guard let (m, y) = latestYearToDate(points, year: d) else { return nil }
    let annual = AnnualSeries(points).observedByYear
    let ytd = yearToDate(points, month: m)
    let higher = target.direction == .higher
    if rate {
      let levelAnnual = AnnualSeries(levels).observedByYear
      let levelYTD = yearToDate(levels, month: m)
      let w = levelAnnual[d - 1].flatMap { a in levelYTD[d - 1].map { $0 / a } } ?? Double(m) / 12
      let years = ytd.keys.filter { $0 < d && annual[$0] != nil }.sorted()
      let diffs = years.map { annual[$0]! - ytd[$0]! }
      var o = YearToDateOutlook(
        period: .yearToDate(d, throughMonth: m), value: y, method: diffs.isEmpty ? .sameGrowth : .growthDifference,
        pastYears: years, projection: y + mean(diffs), weight: w)
      if w < 1 { o.remainingGrowthNeeded = (target.value - w * y) / (1 - w) }
      let centre = o.projection
      o.addInterval(spread: diffs, threshold: target.value, higher: higher) { centre + $0 }
      return o
    }
    let years = ytd.keys.filter { $0 < d && (annual[$0] ?? 0) > 0 }.sorted()
    let shares = years.map { ytd[$0]! / annual[$0]! }
    let share = shares.isEmpty ? Double(m) / 12 : mean(shares)
    var o = YearToDateOutlook(
      period: .yearToDate(d, throughMonth: m), value: y, method: shares.isEmpty ? .evenYear : .shareOfYear,
      pastYears: years, projection: y / share, weight: share)
    if let last = annual[d - 1], let lastYTD = ytd[d - 1], last > lastYTD {
      o.remainingGrowthNeeded = ((target.value - y) / (last - lastYTD) - 1) * 100
    }
    // The full year is Y/s: decreasing in s, so the bounds swap and P(Y/s ≥ T) = P(s ≤ Y/T).
    if shares.count >= 2 {
      let (centre, scale, dof) = spread(shares)
      let (t80, t95) = (StudentT.quantile(0.9, degreesOfFreedom: dof), StudentT.quantile(0.975, degreesOfFreedom: dof))
      if centre - t95 * scale > 0 {
        (o.lower80, o.upper80) = (y / (centre + t80 * scale), y / (centre - t80 * scale))
        (o.lower95, o.upper95) = (y / (centre + t95 * scale), y / (centre - t95 * scale))
      }
      let below = scale > 0
        ? StudentT.cdf((y / target.value - centre) / scale, degreesOfFreedom: dof)
        : (y / target.value >= centre ? 1 : 0)
      o.probability = higher ? below : 1 - below
    }
    return o
  }

  /// An interval and probability for a projection `centre + e`, e ~ t(mean 0, the spread of `diffs`).
  private mutating func addInterval(spread diffs: [Double], threshold: Double, higher: Bool, at: (Double) -> Double) {
    guard diffs.count >= 2 else { return }
    let (_, scale, dof) = Self.spread(diffs)
    let (t80, t95) = (StudentT.quantile(0.9, degreesOfFreedom: dof), StudentT.quantile(0.975, degreesOfFreedom: dof))
    (lower80, upper80) = (at(-t80 * scale), at(t80 * scale))
    (lower95, upper95) = (at(-t95 * scale), at(t95 * scale))
    let above = scale > 0
      ? 1 - StudentT.cdf((threshold - projection) / scale, degreesOfFreedom: dof)
      : (projection >= threshold ? 1 : 0)
    probability = higher ? above : 1 - above
  }

  /// The mean, the predictive scale sd·√(1 + 1/n) and the degrees of freedom n − 1.
  static func spread(_ xs: [Double]) -> (mean: Double, scale: Double, degreesOfFreedom: Double) {
    let n = Double(xs.count)
    let m = mean(xs)
    let sd = (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / (n - 1)).squareRoot()
    return (m, sd * (1 + 1 / n).squareRoot(), n - 1)
  }

  static func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
}
