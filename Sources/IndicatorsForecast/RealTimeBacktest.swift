import Foundation

/// A backtest on what was actually known (ALFRED's real-time data sets): at each publication date
/// the model is fitted to the annual values published by then, and its forecasts are scored
/// against today's latest values of the years that followed. Unlike a rolling-origin backtest on
/// today's data, it sees the figures as forecasters saw them, before revisions (a census revision
/// of GDP, a preliminary figure replaced).
package struct RealTimeBacktest: Sendable {
  /// The series as published by one date.
  package struct Snapshot: Sendable {
    package var date: String
    package var series: AnnualSeries
    package init(date: String, series: AnnualSeries) {
      self.date = date
      self.series = series
    }
  }

  package struct Origin: Sendable {
    /// The publication date the forecast was made on.
    package var date: String
    /// The last year then known, and its value as published then.
    package var lastYear: Int
    package var lastValue: Double
    package var forecast: Forecast
    /// Today's latest values of the forecast years (nil where there is none yet).
    package var actual: [Double?]
    /// Absolute percentage error of each step with an actual.
    package var percentageErrors: [Double?] {
      zip(forecast.mean, actual).map { f, a in a.map { $0 != 0 ? 100 * abs(f - $0) / abs($0) : .nan } }
    }
  }

  package var model: String
  package var origins: [Origin]

  /// - Parameters:
  ///   - snapshots: the series as of each publication date, in date order; a date that adds no
  ///     annual value to the previous one is skipped, as is one with fewer values than the model needs.
  ///   - truth: today's latest annual values.
  package init(model: any ForecastModel, snapshots: [Snapshot], truth: AnnualSeries, horizon: Int, levels: [Double] = [80, 95]) {
    precondition(horizon > 0, "RealTimeBacktest: horizon must be positive")
    self.model = model.name
    var origins: [Origin] = []
    var previous: (Int, Double)?
    for snapshot in snapshots {
      let s = snapshot.series
      guard let last = s.values.last, s.values.count >= model.minimumLength else { continue }
      if let (year, value) = previous, year == s.lastYear, value == last { continue }
      previous = (s.lastYear, last)
      guard let fitted = try? model.fit(s.values) else { continue }
      let forecast = fitted.forecast(horizon: horizon, levels: levels)
      let actual = (1...horizon).map { step -> Double? in
        let year = s.lastYear + step - truth.firstYear
        return year >= 0 && year < truth.values.count && !truth.filledYears.contains(s.lastYear + step) ? truth.values[year] : nil
      }
      origins.append(Origin(date: snapshot.date, lastYear: s.lastYear, lastValue: last, forecast: forecast, actual: actual))
    }
    self.origins = origins
  }

  /// Mean absolute percentage error by step ahead over the origins that have an actual, with the
  /// number of cases; and the share of actuals inside each interval.
  package var summary: (mape: [Double], cases: [Int], coverage: [Double: Double]) {
    let horizon = origins.first?.forecast.mean.count ?? 0
    var sums = [Double](repeating: 0, count: horizon), counts = [Int](repeating: 0, count: horizon)
    var inside: [Double: Int] = [:], total = 0
    for level in origins.first?.forecast.lower.keys ?? [:].keys { inside[level] = 0 }
    for o in origins {
      for (h, e) in o.percentageErrors.enumerated() {
        guard let e, e.isFinite, let a = o.actual[h] else { continue }
        sums[h] += e
        counts[h] += 1
        total += 1
        for (level, lower) in o.forecast.lower where lower[h] <= a && a <= o.forecast.upper[level]![h] {
          inside[level, default: 0] += 1
        }
      }
    }
    let mape = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : .nan }
    return (mape, counts, inside.mapValues { total > 0 ? Double($0) / Double(total) : .nan })
  }
}
