import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore

/// A least-squares trend on a series' annual values, with what was left out or taken as written.
package struct FitWorkflow: Sendable {
  package var model: TrendModel
  package var from: Int?
  package var to: Int?
  /// The language of the notices and the statistics' names.
  package var language: Language

  package init(model: TrendModel, from: Int? = nil, to: Int? = nil, language: Language = .en) {
    self.model = model
    self.from = from
    self.to = to
    self.language = language
  }

  package struct Result {
    package var fit: TrendFit
    package var notices: [Notice]
    /// Terms: estimate, standard error, t value.
    package var terms: Table
    /// Fit statistics: key, Chinese name, value, and how the value reads (growth as a percentage).
    package var statistics: [(key: String, chinese: String, value: Double, style: Table.NumberStyle)]

    /// The statistics as a two-column table: the key in files, its name on screen.
    package func statisticsTable(chinese: Bool) -> Table {
      Table(
        columns: [.init("statistic", "统计量"), .init("value", "数值", alignRight: true)],
        rows: statistics.map { [.coded($0.key, shown: chinese ? $0.chinese : $0.key), .styled($0.value, $0.style)] })
    }

    /// Terms, then the statistics as rows with the estimate column holding their value (one CSV table).
    package var combinedTable: Table {
      var table = terms
      table.rows += statistics.map { [.text($0.key), .styled($0.value, $0.style), .empty, .empty] }
      return table
    }

    /// `{"model": …, "statistics": {…}, "terms": […]}` with keys sorted.
    package var json: String {
      let stats = statistics.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)): \(Table.Cell.number($0.value).json($0.style))" }
      var terms = terms.json()
      while terms.last == "\n" { terms.removeLast() }
      return "{\n\"model\": \(JSONText.string(fit.model.rawValue)),\n\"statistics\": {" + stats.joined(separator: ", ")
        + "},\n\"terms\": " + terms + "\n}\n"
    }
  }

  package func run(_ series: SelectedSeries, in store: any IndicatorStoring, asOf: CalendarDate?) throws -> Result {
    let all = try series.points(in: store, asOf: asOf)
    let inRange = all.filter { $0.period.year >= (from ?? .min) && $0.period.year <= (to ?? .max) }
    let annual = AnnualSeries(inRange)
    let fit = try model.fit(annual.observed)

    let used = annual.observed.count + annual.derivedYears.count
    var notices: [Notice] = [
      .note(Messages.fitBasis(series.label(language), model: model.rawValue, years: annual.observed.map(\.year), language))
    ]
    if !annual.derivedYears.isEmpty {
      notices.append(.warning(Messages.skippedDerived(annual.skippedDerived, years: annual.derivedYears, language)))
    }
    let qualified = annual.qualifiedYears.compactMap { year in inRange.first { $0.period == .year(year) } }
    if !qualified.isEmpty {
      let bounds = qualified.map { "\($0.period) \($0.qualifier.chinesePrefix)\(DisplayNumber.value($0.value))" }
      notices.append(.warning(Messages.boundsUsed(bounds, language)))
    }
    if all.count > used {
      notices.append(.note(Messages.notUsed(all.count - used, language)))
    }
    var terms = Table(columns: [
      .init("term", "项"), .init("estimate", "估计值", alignRight: true, style: .significant(6)),
      .init("std_error", "标准误", alignRight: true, style: .significant(4)), .init("t_value", "t值", alignRight: true, style: .fixed(2)),
    ])
    for term in fit.terms {
      terms.rows.append([
        .coded(term.name, shown: Wording.trendTerm(term.name, language)), .number(term.estimate), .number(term.standardError),
        .number(term.tValue),
      ])
    }
    var statistics: [(key: String, chinese: String, value: Double, style: Table.NumberStyle)] = [
      ("centre_year", "中心年份", fit.centreYear, .value), ("observations", "样本数", Double(fit.observations), .value),
      ("r_squared", "R²", fit.rSquared, .fixed(4)), ("residual_se", "残差标准误", fit.sigma, .significant(4)),
      ("aicc", "AICc", fit.aicc, .fixed(2)),
    ]
    if let growth = fit.growth {
      statistics += [
        ("growth_rate", "年均增速", growth.rate, .percent), ("growth_lower_95", "增速95%下限", growth.lower95, .percent),
        ("growth_upper_95", "增速95%上限", growth.upper95, .percent),
      ]
    }
    return Result(fit: fit, notices: notices, terms: terms, statistics: statistics)
  }
}
