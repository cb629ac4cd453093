import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets

/// Every plan target (of a region) assessed on the store's data: the rows of `report`, their
/// wording, the summary table and the HTML page with one chart per target.
package struct TargetReport {
  /// A target with what it was assessed on.
  package struct Row {
    package var target: PlanTarget
    package var indicator: IndicatorDefinition
    package var regionName: String
    /// The series' observed annual values (see `AnnualSeries`).
    package var observed: [(year: Int, value: Double)]
    package var assessment: TargetAssessment
  }

  /// Multi-year targets first, then annual ones; each by region and due year.
  package var rows: [Row]
  package var asOf: CalendarDate?

  /// Assesses the targets of `region` (code or name; nil for all) on the data as of `asOf`.
  package static func assess(_ store: IndicatorStore, region: String?, asOf: CalendarDate?) throws -> TargetReport {
    let regionCode = try SeriesSelector.region(region, in: store)?.code
    let indicators = Dictionary(uniqueKeysWithValues: try store.indicators().map { ($0.code, $0) })
    let regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0) })
    let year = (asOf ?? .today).year
    func points(_ indicator: String, _ region: String) throws -> [SeriesPoint] {
      try store.seriesPoints(indicator: indicator, region: region, asOf: asOf)
    }
    let rows = try store.targets(region: regionCode).map { target in
      let indicator = indicators[target.indicator]!
      let compared = try target.comparedRegion.map { try points(target.indicator, $0) } ?? []
      let own = try points(target.indicator, target.region)
      return Row(
        target: target, indicator: indicator, regionName: regions[target.region]?.nameZh ?? target.region,
        observed: AnnualSeries(own).observed,
        assessment: TargetAssessor.assess(target, indicator: indicator, points: own, comparedPoints: compared, currentYear: year))
    }
    func order(_ r: Row) -> (Int, String, Int) { (r.target.kind == .annual ? 1 : 0, r.target.region, r.target.duePeriod) }
    return TargetReport(rows: rows.sorted { order($0) < order($1) }, asOf: asOf)
  }

  /// Each row's status colour, for the summary's status column.
  package var statusTones: [Tone] { rows.map(\.assessment.status.tone) }

  /// What the target says, in one line: `2027 GDP ≥ 6000 亿元`, `GDP ×2 2020–2025`.
  package static func goal(_ t: PlanTarget, indicator: IndicatorDefinition, chinese: Bool) -> String {
    let name = chinese ? indicator.nameZh : indicator.nameEn
    let value = ValueFormatting.shortest(t.value)
    switch t.kind {
    case .growth: return "\(name) \(chinese ? "年均增长" : "avg growth") \(value)% \(t.basePeriod ?? 0)–\(t.duePeriod)"
    case .multiple: return "\(name) ×\(value) \(t.basePeriod ?? 0)–\(t.duePeriod)"
    case .relative: return "\(name) ≥ \(t.comparedRegion ?? "") + \(value) pp \(t.duePeriod)"
    case .cumulative: return "\(name) \(value)% \(t.basePeriod ?? 0)–\(t.duePeriod)"
    case .level, .share, .annual:
      let relation = t.qualifier == .about ? "≈" : t.direction == .higher ? "≥" : "≤"
      return "\(t.duePeriod) \(name) \(relation) \(value) \(indicator.unit.symbol)"
    }
  }

  /// The note column: the assessor's note, the milestones and the stretch value's probability.
  static func note(_ a: TargetAssessment, chinese: Bool) -> String {
    var parts = a.note.isEmpty ? [] : [a.note]
    if !a.milestones.isEmpty {
      parts.append(a.milestones.map { m in
        "\(m.milestone.label) \(m.milestone.period) \(ValueFormatting.significant(m.milestone.value, digits: 5)): "
          + (m.probability.map { "P=" + percent($0) } ?? m.status.word(chinese: chinese))
      }.joined(separator: ", "))
    }
    if let s = a.stretchProbability { parts.append("stretch P=\(percent(s))") }
    return parts.joined(separator: "; ")
  }

  /// `7%`, or `n/a` for a probability that is not finite.
  static func percent(_ p: Double) -> String {
    p.isFinite ? ValueFormatting.fixed(p * 100, decimals: 0) + "%" : ValueFormatting.notFinite
  }

  package func table(chinese: Bool) -> Table {
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("region", "地区"), .init("target", "目标"), .init("kind", "类型"),
      .init("base", "基期值"), .init("latest", "最新值"), .init("required_per_year", "所需年均", alignRight: true),
      .init("actual_per_year", "实际年均", alignRight: true), .init("needed_now_per_year", "此后所需", alignRight: true),
      .init("status", "状态"), .init("projection", "目标年预测(95%区间)"), .init("probability", "达成概率", alignRight: true),
      .init("years_ahead", "超前(+)/落后(−)年", alignRight: true), .init("reached_in", "预计达到年份", alignRight: true),
      .init("note", "说明"),
    ])
    for row in rows {
      let (t, a) = (row.target, row.assessment)
      func perYear(_ x: Double?) -> Table.Cell {
        x.map { .text(ValueFormatting.fixed($0, decimals: 2) + (a.geometric && $0.isFinite ? "%" : "")) } ?? .empty
      }
      func yearValue(_ year: Int?, _ value: Double?) -> Table.Cell { value.map { .text("\(year ?? 0): \(ValueFormatting.shortest($0))") } ?? .empty }
      let projection: Table.Cell = a.projection.map {
        let s = { ValueFormatting.significant($0, digits: 5) }
        return .text("\($0.year): \(s($0.mean)) [\(s($0.lower95))–\(s($0.upper95))]")
      } ?? .empty
      table.rows.append([
        .number(Double(t.id ?? 0)), .text(t.region), .text(Self.goal(t, indicator: row.indicator, chinese: chinese)), .text(t.kind.rawValue),
        yearValue(a.baseYear, a.baseValue), yearValue(a.latestYear, a.latestValue),
        perYear(a.requiredPerYear), perYear(a.actualPerYear), perYear(a.remainingPerYear),
        .text(a.status.word(chinese: chinese)), projection, a.probability.map { .text(Self.percent($0)) } ?? .empty,
        a.yearsAhead.map { .text(ValueFormatting.fixed($0, decimals: 1)) } ?? .empty,
        a.projectedYearReached.map { .text("\($0)") } ?? .empty, .text(Self.note(a, chinese: chinese)),
      ])
    }
    return table
  }

  /// One section per assessed multi-year target: its chart (history from eight years before the
  /// base, the projection fan, the required path, milestones, the target) and its numbers.
  package func sections(_ table: Table, chinese: Bool) -> [HTMLReport.Section] {
    zip(rows, table.rows).compactMap { row, cells in
      let (t, a) = (row.target, row.assessment)
      guard t.kind != .annual, a.status != .insufficientData else { return nil }
      let chart = ChartData(
        title: "\(row.regionName) · \(row.indicator.nameZh)", unit: row.indicator.unit.symbol,
        history: t.kind == .relative ? [] : row.observed.filter { $0.year >= (a.baseYear ?? 0) - 8 },
        forecast: a.projectionPath.map(ChartData.Band.init), requiredPath: a.requiredPath,
        target: t.kind == .relative ? nil : a.targetLevel.map { (t.duePeriod, $0) },
        milestones: a.milestones.map { ($0.milestone.period, $0.milestone.value, $0.milestone.label) })
      let facts = zip(table.headers(chinese: chinese), cells).dropFirst(3).filter { !$0.1.exact.isEmpty }.map { ($0.0, $0.1.exact) }
      return HTMLReport.Section(
        heading: "\(row.regionName) · \(cells[2].exact)", status: a.status.word(chinese: chinese), tone: a.status.tone,
        chart: t.kind == .relative ? "" : SVGChart.render(chart), facts: facts + [("来源 source", t.source.title)])
    }
  }

  /// The self-contained HTML page: summary table, then a section per target.
  package func html(chinese: Bool) -> String {
    let table = table(chinese: chinese)
    return HTMLReport.render(
      title: chinese ? "规划目标进展报告" : "Progress toward plan targets",
      subtitle: "indicators · \(asOf.map { "as of \($0)" } ?? "latest data") · \(rows.count) targets · status after Eurostat's ratio of actual to required growth",
      summary: table, statusTones: statusTones, sections: sections(table, chinese: chinese), chineseHeaders: chinese)
  }
}

extension ChartData.Band {
  /// A projected year as a chart draws it.
  init(_ p: TargetAssessment.Projection) {
    self.init(year: p.year, mean: p.mean, lower80: p.lower80, upper80: p.upper80, lower95: p.lower95, upper95: p.upper95)
  }
}
