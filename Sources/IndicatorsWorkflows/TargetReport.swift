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
    /// The series the target was measured on: the indicator's own, or its real-growth series for a
    /// growth target on a current-price level (see `GrowthBasis`).
    package var measured: IndicatorDefinition
    /// That series' observed annual values (see `AnnualSeries`).
    package var observed: [(year: Int, value: Double)]
    package var assessment: TargetAssessment
  }

  /// Multi-year targets first, then annual ones; each by region and due year.
  package var rows: [Row]
  package var asOf: CalendarDate?

  /// Assesses the targets of `region` (code or name; nil for all) on the data as of `asOf`.
  package static func assess(_ store: IndicatorStore, region: String?, asOf: CalendarDate?) throws -> TargetReport {
    let regionCode = try SeriesSelector.region(region, in: store)?.code
    let context = try Context(store, asOf: asOf)
    let rows = try store.targets(region: regionCode).map { try context.row($0) }
    func order(_ r: Row) -> (Int, String, Int) { (r.target.kind == .annual ? 1 : 0, r.target.region, r.target.duePeriod) }
    return TargetReport(rows: rows.sorted { order($0) < order($1) }, asOf: asOf)
  }

  /// What assessing a target needs from the store: the catalogue, the data as of a date, and the
  /// companion series — the real-growth series of a current-price level (gdp → gdp_growth) and the
  /// level a growth rate is the growth of (gdp_growth → gdp), whose year-to-date share weights months.
  struct Context {
    let store: IndicatorStore
    let asOf: CalendarDate?
    let indicators: [String: IndicatorDefinition]
    let regions: [String: RegionDefinition]
    let year: Int

    init(_ store: IndicatorStore, asOf: CalendarDate?) throws {
      self.store = store
      self.asOf = asOf
      indicators = Dictionary(uniqueKeysWithValues: try store.indicators().map { ($0.code, $0) })
      regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0) })
      year = (asOf ?? .today).year
    }

    func points(_ indicator: String, _ region: String) throws -> [SeriesPoint] {
      try store.seriesPoints(indicator: indicator, region: region, asOf: asOf)
    }

    /// The target assessed on the store's data.
    func row(_ target: PlanTarget) throws -> Row {
      let indicator = indicators[target.indicator]!
      let compared = try target.comparedRegion.map { try points(target.indicator, $0) } ?? []
      let own = try points(target.indicator, target.region)
      let real = try GrowthBasis.realGrowthIndicator(for: indicator, in: Array(indicators.values))
        .map { ($0, try points($0.code, target.region)) }
      var levels: [SeriesPoint] = []
      if indicator.measureKind == .rate, target.indicator.hasSuffix("_growth"),
        let level = indicators[String(target.indicator.dropLast("_growth".count))], level.measureKind.isLevel
      {
        levels = try points(level.code, target.region)
      }
      let assessment = TargetAssessor.assess(
        target, indicator: indicator, points: own, comparedPoints: compared, realGrowth: real, levels: levels,
        currentYear: year)
      let measured = assessment.basis.flatMap { basis in
        if case .real = basis { return real } else { return nil }
      }
      return Row(
        target: target, indicator: indicator, regionName: regions[target.region]?.nameZh ?? target.region,
        measured: measured?.0 ?? indicator, observed: AnnualSeries(measured?.1 ?? own).observed, assessment: assessment)
    }
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
    if chinese, let problem = a.meaningProblem { parts = [problem.chinese] }
    if let o = a.yearToDate { parts.append(yearToDateNote(o, chinese: chinese)) }
    if !a.milestones.isEmpty {
      parts.append(a.milestones.map { m in
        "\(m.milestone.label) \(m.milestone.period) \(ValueFormatting.significant(m.milestone.value, digits: 5)): "
          + m.status.word(chinese: chinese) + (m.probability.map { " P=" + percent($0) } ?? "")
      }.joined(separator: ", "))
    }
    if let s = a.stretchProbability { parts.append("stretch P=\(percent(s))") }
    return parts.joined(separator: "; ")
  }

  /// `2024年1-9月累计 95，全年预计 130.14（按往年同期占全年比重）；四季度需增长 8.0%`.
  static func yearToDateNote(_ o: YearToDateOutlook, chinese: Bool) -> String {
    let value = ValueFormatting.shortest(o.value)
    let projection = ValueFormatting.fixed(o.projection, decimals: 2)
    let years = o.pastYears.isEmpty ? "" : " \(o.pastYears.first!)–\(o.pastYears.last!)"
    var text: String
    if chinese {
      let method = switch o.method {
      case .shareOfYear: "按\(years.trimmingWhitespace())年同期占全年比重"
      case .evenYear: "无往年同期数据，按月份均匀推算"
      case .growthDifference: "按\(years.trimmingWhitespace())年全年与同期增速之差"
      case .sameGrowth: "无往年同期数据，按其余月份与同期增速相同推算"
      }
      text = "\(o.period.chinese)累计 \(value)，全年预计 \(projection)（\(method)）"
      if let r = o.remainingGrowthNeeded { text += "；\(o.remainingMonthsChinese)需增长 \(ValueFormatting.fixed(r, decimals: 1))%" }
    } else {
      let method = switch o.method {
      case .shareOfYear: "year-to-date share of the annual total,\(years)"
      case .evenYear: "no past year-to-date figures: an even year"
      case .growthDifference: "annual minus year-to-date growth,\(years)"
      case .sameGrowth: "no past year-to-date figures: the rest of the year as so far"
      }
      text = "\(o.period.canonical) (Jan–\(o.throughMonth)): \(value), full year projected \(projection) (\(method))"
      if let r = o.remainingGrowthNeeded { text += "; \(o.remainingMonthsEnglish) needs \(ValueFormatting.fixed(r, decimals: 1))% growth" }
    }
    return text
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
      .init("basis", "增速口径"), .init("year_to_date", "累计期"),
      .init("remaining_months_growth", "其余月份需增长(%)", alignRight: true), .init("label", "标签"),
    ])
    for row in rows {
      let (t, a) = (row.target, row.assessment)
      func perYear(_ x: Double?) -> Table.Cell {
        x.map { .text(ValueFormatting.fixed($0, decimals: 2) + ((a.geometric || a.rule == .meanOfRates) && $0.isFinite ? "%" : "")) } ?? .empty
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
        a.basis.map { .text($0.words(chinese: chinese)) } ?? .empty,
        a.yearToDate.map { .text(chinese ? $0.period.chinese : $0.period.canonical) } ?? .empty,
        a.yearToDate?.remainingGrowthNeeded.map { .number($0) } ?? .empty, t.label.isEmpty ? .empty : .text(t.label),
      ])
    }
    return table
  }

  /// One section per assessed target: a multi-year target's chart (history from eight years before
  /// the base, the projection fan, the required path, milestones with their status, the target), an
  /// annual target's bars against the target line; then its numbers.
  package func sections(_ table: Table, chinese: Bool) -> [HTMLReport.Section] {
    zip(rows, table.rows).compactMap { row, cells in
      let (t, a) = (row.target, row.assessment)
      guard a.status != .insufficientData || a.yearToDate != nil, a.status != .notApplicable else { return nil }
      let title = "\(row.regionName) · \(row.measured.nameZh)"
      let chart: String
      if t.kind == .annual {
        chart = BarChart.render(annualChart(row, title: title, chinese: chinese))
      } else if t.kind == .relative {
        chart = ""
      } else {
        chart = SVGChart.render(ChartData(
          title: title, unit: row.measured.unit.symbol,
          history: row.observed.filter { $0.year >= (a.baseYear ?? 0) - 8 },
          forecast: a.projectionPath.map(ChartData.Band.init), requiredPath: a.requiredPath,
          target: a.targetLevel.map { (t.duePeriod, $0) },
          milestones: a.milestones.map { m in
            let p = m.probability.map { " P=" + Self.percent($0) } ?? ""
            return (m.milestone.period, m.milestone.value, "\(m.milestone.label) \(m.status.word(chinese: chinese))\(p)")
          }))
      }
      let facts = zip(table.headers(chinese: chinese), cells).dropFirst(3).filter { !$0.1.exact.isEmpty }.map { ($0.0, $0.1.exact) }
      let heading = t.label.isEmpty ? "\(row.regionName) · \(cells[2].exact)" : "\(row.regionName) · \(cells[2].exact) · \(t.label)"
      return HTMLReport.Section(
        heading: heading, status: a.status.word(chinese: chinese), tone: a.status.tone,
        chart: chart, facts: facts + [("来源 source", t.source.title)])
    }
  }

  /// An annual target's bars: the last ten years before the due year, the due year's value or its
  /// projection (from the year-to-date figures when there are some), the target line.
  func annualChart(_ row: Row, title: String, chinese: Bool) -> BarChartData {
    let (t, a) = (row.target, row.assessment)
    let note = a.yearToDate.map { chinese ? "据\($0.period.chinese)" : "from \($0.period.canonical)" } ?? (chinese ? "模型预测" : "forecast")
    return BarChartData(
      title: title, unit: row.measured.unit.symbol,
      bars: row.observed.filter { $0.year > t.duePeriod - 10 && $0.year <= t.duePeriod },
      target: (t.duePeriod, t.value),
      projection: a.projection.map { ($0.mean, $0.lower95, $0.upper95) }, projectionNote: note)
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
