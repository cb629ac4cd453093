import Foundation
import IndicatorsCore

/// The annual values a model is fitted on, prepared from a series' observations: annual periods
/// only, derived figures left out, one value per year, and interior gaps filled (geometrically
/// between positive neighbours, linearly otherwise) so that the values are equally spaced.
///
/// This is the one place that decides which figures a model, a chart or a target assessment
/// sees: annual, not derived, the last one given for a year.
package struct AnnualSeries: Sendable {
  package var firstYear: Int
  package var values: [Double]
  /// Years whose value was filled in.
  package var filledYears: [Int]
  /// Years whose value is a bound (超, 约, 近) used as written.
  package var qualifiedYears: [Int]
  package var skippedDerived: Int { derivedYears.count }
  /// Years of the derived figures left out.
  package var derivedYears: [Int]
  /// The observed years and values, oldest first: no filled years.
  package var observed: [(year: Int, value: Double)]

  /// The observed values by year.
  package var observedByYear: [Int: Double] {
    Dictionary(uniqueKeysWithValues: observed.map { ($0.year, $0.value) })
  }

  package init(_ points: [SeriesPoint]) {
    let annual = points.filter { $0.period.frequency == .annual }
    let usable = annual.filter { $0.status != .derived }
    derivedYears = annual.filter { $0.status == .derived }.map(\.period.year)
    let byYear = Dictionary(usable.map { ($0.period.year, $0) }, uniquingKeysWith: { _, last in last })
    let years = byYear.keys.sorted()
    firstYear = years.first ?? 0
    values = []
    filledYears = []
    qualifiedYears = years.filter { byYear[$0]!.qualifier != .exact }
    observed = years.map { ($0, byYear[$0]!.value) }
    guard let last = years.last else { return }
    var previousYear = firstYear
    for year in firstYear...last {
      if let point = byYear[year] {
        values.append(point.value)
        previousYear = year
        continue
      }
      let next = years.first { $0 > year }!
      let a = byYear[previousYear]!.value, b = byYear[next]!.value
      let fraction = Double(year - previousYear) / Double(next - previousYear)
      values.append(a > 0 && b > 0 ? a * pow(b / a, fraction) : a + (b - a) * fraction)
      filledYears.append(year)
    }
  }

  package var lastYear: Int { firstYear + values.count - 1 }
}
