import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// A least-squares trend on a series' annual values, with what was left out or taken as written.
package struct FitWorkflow: Sendable {
  package var model: TrendModel
  package var from: Int?
  package var to: Int?

  package init(model: TrendModel, from: Int? = nil, to: Int? = nil) {
    self.model = model
    self.from = from
    self.to = to
  }

  package struct Result {
    package var fit: TrendFit
    package var notices: [Notice]
    /// Terms: estimate, standard error, t value.
    package var terms: Table
    /// Fit statistics: key, Chinese name, value.
    package var statistics: [(key: String, chinese: String, value: Double)]

    /// The statistics as a two-column table.
    package func statisticsTable(chinese: Bool) -> Table {
      Table(
        columns: [.init("statistic", "统计量"), .init("value", "数值", alignRight: true)],
        rows: statistics.map { [.text(chinese ? $0.chinese : $0.key), .number($0.value)] })
    }

    /// Terms, then the statistics as rows with the estimate column holding their value (one CSV table).
    package var combinedTable: Table {
      var table = terms
      table.rows += statistics.map { [.text($0.key), .number($0.value), .empty, .empty] }
      return table
    }

    /// `{"model": …, "statistics": {…}, "terms": […]}` with keys sorted.
    package var json: String {
      let stats = statistics.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)): \(Table.Cell.number($0.value).json)" }
      var terms = terms.json()
      while terms.last == "\n" { terms.removeLast() }
      return "{\n\"model\": \(JSONText.string(fit.model.rawValue)),\n\"statistics\": {" + stats.joined(separator: ", ")
        + "},\n\"terms\": " + terms + "\n}\n"
    }
  }

  package func run(_ series: SelectedSeries, in store: IndicatorStore, asOf: CalendarDate?) throws -> Result {
    let all = try series.points(in: store, asOf: asOf)
    let inRange = all.filter { $0.period.year >= (from ?? .min) && $0.period.year <= (to ?? .max) }
    let annual = AnnualSeries(inRange)
    let fit = try model.fit(annual.observed)

    let used = annual.observed.count + annual.derivedYears.count
    var notices: [Notice] = [
      .note("\(series.label) · \(model.rawValue) trend on \(annual.observed.count) annual values: \(annual.observed.map { "\($0.year)" }.joined(separator: " "))")
    ]
    if !annual.derivedYears.isEmpty {
      notices.append(.warning("skipped \(annual.skippedDerived) derived value(s): \(annual.derivedYears.map(String.init).joined(separator: " "))"))
    }
    let qualified = annual.qualifiedYears.compactMap { year in inRange.first { $0.period == .year(year) } }
    if !qualified.isEmpty {
      notices.append(.warning("used \(qualified.count) bound(s) as exact values: \(qualified.map { "\($0.period) \($0.qualifier.chinesePrefix)\(ValueFormatting.shortest($0.value))" }.joined(separator: ", "))"))
    }
    if all.count > used {
      notices.append(.note("(\(all.count - used) non-annual or out-of-range values not used)"))
    }
    var terms = Table(columns: [
      .init("term", "项"), .init("estimate", "估计值", alignRight: true),
      .init("std_error", "标准误", alignRight: true), .init("t_value", "t值", alignRight: true),
    ])
    for term in fit.terms {
      terms.rows.append([.text(term.name), .number(term.estimate), .number(term.standardError), .number(term.tValue)])
    }
    var statistics: [(key: String, chinese: String, value: Double)] = [
      ("centre_year", "中心年份", fit.centreYear), ("observations", "样本数", Double(fit.observations)),
      ("r_squared", "R²", fit.rSquared), ("residual_se", "残差标准误", fit.sigma), ("aicc", "AICc", fit.aicc),
    ]
    if let growth = fit.growth {
      statistics += [
        ("growth_rate", "年均增速", growth.rate), ("growth_lower_95", "增速95%下限", growth.lower95),
        ("growth_upper_95", "增速95%上限", growth.upper95),
      ]
    }
    return Result(fit: fit, notices: notices, terms: terms, statistics: statistics)
  }
}
