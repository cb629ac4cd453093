import Foundation
import IndicatorsCore

/// The annual values a model is fitted on, prepared from a series' observations: annual periods
/// only, derived figures left out, one value per year, and interior gaps filled (geometrically
/// between positive neighbours, linearly otherwise) so that the values are equally spaced.
package struct AnnualSeries: Sendable {
  package var firstYear: Int
  package var values: [Double]
  /// Years whose value was filled in.
  package var filledYears: [Int]
  /// Years whose value is a bound (超, 约, 近) used as written.
  package var qualifiedYears: [Int]
  package var skippedDerived: Int

  package init(_ points: [SeriesPoint]) {
    let annual = points.filter { $0.period.frequency == .annual }
    let usable = annual.filter { $0.status != .derived }
    skippedDerived = annual.count - usable.count
    let byYear = Dictionary(usable.map { ($0.period.year, $0) }, uniquingKeysWith: { _, last in last })
    let years = byYear.keys.sorted()
    firstYear = years.first ?? 0
    values = []
    filledYears = []
    qualifiedYears = years.filter { byYear[$0]!.qualifier != .exact }
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
