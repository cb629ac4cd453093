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
  /// The store's regions by code, to name them in the reader's language.
  package var regions: [String: RegionDefinition] = [:]

  /// Assesses the targets of `region` (code or name; nil for all) on the data as of `asOf`.
  package static func assess(_ store: any IndicatorStoring, region: String?, asOf: CalendarDate?) throws -> TargetReport {
    let regionCode = try SeriesSelector.region(region, in: store)?.code
    let context = try Context(store, asOf: asOf)
    let rows = try store.targets(region: regionCode).map { try context.row($0) }
    func order(_ r: Row) -> (Int, String, Int) { (r.target.kind == .annual ? 1 : 0, r.target.region, r.target.duePeriod) }
    return TargetReport(rows: rows.sorted { order($0) < order($1) }, asOf: asOf, regions: context.regions)
  }

  /// What assessing a target needs from the store: the catalogue, the data as of a date, and the
  /// companion series — the real-growth series of a current-price level (gdp → gdp_growth) and the
  /// level a growth rate is the growth of (gdp_growth → gdp), whose year-to-date share weights months.
  struct Context {
    let store: any IndicatorStoring
    let asOf: CalendarDate?
    let indicators: [String: IndicatorDefinition]
    let regions: [String: RegionDefinition]
    let year: Int

    init(_ store: any IndicatorStoring, asOf: CalendarDate?) throws {
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

  /// A region's name in `language`, or its code when the store has no such region.
  package func regionName(_ code: String, _ language: Language) -> String {
    regions[code]?.name(language) ?? code
  }

  /// What the target says, in one line: `2027 GDP ≥ 6000 亿元`, `GDP ×2 2020–2025`.
  package static func goal(_ t: PlanTarget, indicator: IndicatorDefinition, chinese: Bool) -> String {
    goal(t, indicator: indicator, language: chinese ? .zh : .en)
  }

  /// What the target says, in one line, in `language`; `regionName` names a compared region.
  package static func goal(
    _ t: PlanTarget, indicator: IndicatorDefinition, language: Language, regionName: (String) -> String = { $0 }
  ) -> String {
    let name = indicator.name(language)
    let zh = language == .zh
    let value = DisplayNumber.value(t.value)
    let span = "\(t.basePeriod ?? 0)–\(t.duePeriod)"
    switch t.kind {
    case .growth: return zh ? "\(name) \(span)年均增长 \(value)%" : "\(name) avg growth \(value)% \(span)"
    case .multiple: return "\(name) ×\(value) \(span)"
    case .relative:
      let other = regionName(t.comparedRegion ?? "")
      return zh ? "\(t.duePeriod) \(name)高于\(other) \(value)个百分点" : "\(name) ≥ \(other) + \(value) pp \(t.duePeriod)"
    case .cumulative: return zh ? "\(name) \(span)累计 \(value)%" : "\(name) \(value)% \(span)"
    case .level, .share, .annual:
      let relation = t.qualifier == .about ? "≈" : t.direction == .higher ? "≥" : "≤"
      return "\(t.duePeriod) \(name) \(relation) \(value) \(indicator.unit.symbol)"
    }
  }

  /// A status in the reader's words: `进展有限`, `limited progress`.
  package static func statusWord(_ status: TargetAssessment.Status, _ language: Language) -> String {
    language == .zh ? status.chinese : status.rawValue.split(separator: "_").joined(separator: " ")
  }

  /// The note column: the assessor's notes, the milestones and the stretch value's probability.
  static func note(_ a: TargetAssessment, chinese: Bool) -> String { note(a, language: chinese ? .zh : .en) }

  /// The note column in `language`; `regionName` names regions in the notes.
  static func note(_ a: TargetAssessment, language: Language, regionName: (String) -> String = { $0 }) -> String {
    let zh = language == .zh
    var parts = a.notes.map { $0.text(language, regionName: regionName) }
    if !a.target.label.isEmpty { parts.insert(a.target.label, at: 0) }
    if let basis = a.basis { parts.append(basis.words(chinese: zh)) }
    if let o = a.yearToDate { parts.append(yearToDateNote(o, chinese: zh)) }
    if !a.milestones.isEmpty {
      parts.append(a.milestones.map { m in
        let value = DisplayNumber.significant(m.milestone.value, digits: 4)
        let outcome = statusWord(m.status, language) + (m.probability.map { (zh ? "，概率" : " P=") + DisplayNumber.probability($0) } ?? "")
        return zh
          ? "\(m.milestone.label)（\(Wording.year(m.milestone.period, language))）\(value)：\(outcome)"
          : "\(m.milestone.label) \(m.milestone.period) \(value): \(outcome)"
      }.joined(separator: zh ? "；" : ", "))
    }
    if let s = a.stretchProbability { parts.append(zh ? "力争目标概率\(DisplayNumber.probability(s))" : "stretch P=\(DisplayNumber.probability(s))") }
    return parts.joined(separator: zh ? "；" : "; ")
  }

  /// `2024年1-9月累计 95，全年预计 130.14（按往年同期占全年比重）；四季度需增长 8.0%`.
  static func yearToDateNote(_ o: YearToDateOutlook, chinese: Bool) -> String {
    let value = ValueFormatting.shortest(o.value)
    let projection = ValueFormatting.fixed(o.projection, decimals: 2)
    let years = o.pastYears.isEmpty ? "" : " \(o.pastYears.first!)–\(o.pastYears.last!)"
    let method: (chinese: String, english: String) = switch o.method {
    case .shareOfYear: ("按\(years.trimmingWhitespace())年同期占全年比重", "year-to-date share of the annual total,\(years)")
    case .evenYear: ("无往年同期数据，按月份均匀推算", "no past year-to-date figures: an even year")
    case .growthDifference: ("按\(years.trimmingWhitespace())年全年与同期增速之差", "annual minus year-to-date growth,\(years)")
    case .sameGrowth: ("无往年同期数据，按其余月份与同期增速相同推算", "no past year-to-date figures: the rest of the year as so far")
    }
    var text: String
    if chinese {
      text = "\(o.period.chinese)累计 \(value)，全年预计 \(projection)（\(method.chinese)）"
      if let r = o.remainingGrowthNeeded { text += "；\(o.remainingMonthsChinese)需增长 \(ValueFormatting.fixed(r, decimals: 1))%" }
    } else {
      text = "\(o.period.canonical) (Jan–\(o.throughMonth)): \(value), full year projected \(projection) (\(method.english))"
      if let r = o.remainingGrowthNeeded { text += "; \(o.remainingMonthsEnglish) needs \(ValueFormatting.fixed(r, decimals: 1))% growth" }
    }
    return text
  }

  /// `7%`, or `n/a` for a probability that is not finite.
  static func percent(_ p: Double) -> String { DisplayNumber.probability(p) }

  package func table(chinese: Bool) -> Table { table(language: chinese ? .zh : .en) }

  /// The report for a person (terminal, Markdown, HTML): words in `language`, numbers rounded,
  /// long text wrapped so that a terminal table stays within about 160 columns.
  package func table(language: Language) -> Table {
    let zh = language == .zh
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("region", "地区"), .init("target", "目标", maxWidth: zh ? 20 : 22),
      .init("base", "基期值", maxWidth: 13), .init("latest", "最新值", maxWidth: 13),
      .init("req./yr", "所需年均", alignRight: true), .init("act./yr", "实际年均", alignRight: true),
      .init("need/yr", "此后所需", alignRight: true), .init("status", "状态", maxWidth: 12),
      .init("forecast", "到期预测", maxWidth: 12), .init("P", "概率", alignRight: true),
      .init("ahead", "超前年", alignRight: true), .init("reached", "预计达标", alignRight: true),
      .init("note", "说明", maxWidth: 22),
    ])
    let name = { self.regionName($0, language) }
    for row in rows {
      let (t, a) = (row.target, row.assessment)
      func perYear(_ x: Double?) -> Table.Cell {
        x.map { .text(a.isPercentPerYear ? DisplayNumber.percentValue($0) + ($0.isFinite ? "%" : "") : DisplayNumber.significant($0, digits: 3)) } ?? .empty
      }
      func yearValue(_ year: Int?, _ value: Double?) -> Table.Cell {
        value.map { .text("\(year.map(String.init) ?? ""): \(DisplayNumber.value($0))") } ?? .empty
      }
      let projection: Table.Cell = a.projection.map {
        .text("\($0.year): \(DisplayNumber.significant($0.mean)) \(DisplayNumber.interval($0.lower95, $0.upper95))")
      } ?? .empty
      table.rows.append([
        .number(Double(t.id ?? 0)), .text(name(t.region)),
        .text(Self.goal(t, indicator: row.indicator, language: language, regionName: name)),
        yearValue(a.baseYear, a.baseValue), yearValue(a.latestYear, a.latestValue),
        perYear(a.requiredPerYear), perYear(a.actualPerYear), perYear(a.remainingPerYear),
        .text(Self.statusWord(a.status, language)), projection, a.probability.map { .text(DisplayNumber.probability($0)) } ?? .empty,
        a.yearsAhead.map { .text(DisplayNumber.fixed($0, decimals: 1)) } ?? .empty,
        a.projectedYearReached.map { .text("\($0)") } ?? .empty, .text(Self.note(a, language: language, regionName: name)),
      ])
    }
    return table
  }

  /// The report for programs (JSON, CSV): English snake_case keys whatever the language, codes
  /// for regions, kinds and statuses, numbers as numbers (a probability 0.07, a growth rate per year
  /// 0.1001 on a geometric path, a change in the indicator's unit on a straight one), null where
  /// there is no value; the base, the latest value and the projection as objects (CSV: `base_year`, …).
  package func dataTable(language: Language) -> Table {
    let number: (Double?) -> Table.Cell = { $0.map { .number($0) } ?? .empty }
    let integer: (Int?) -> Table.Cell = { $0.map { .number(Double($0)) } ?? .empty }
    var table = Table(columns: [
      .init("id", "编号"), .init("indicator", "指标"), .init("region", "地区"), .init("target", "目标"), .init("kind", "类型"),
      .init("attribute", "属性"), .init("direction", "方向"), .init("due_year", "目标年"), .init("target_value", "目标值"),
      .init("target_level", "目标水平"),
      .init("year", "基期", group: "base"), .init("value", "基期值", group: "base"),
      .init("year", "最新年份", group: "latest"), .init("value", "最新值", group: "latest"),
      .init("path", "路径"), .init("required_per_year", "所需年均"), .init("actual_per_year", "实际年均"),
      .init("needed_now_per_year", "此后所需"), .init("status", "状态"),
      .init("year", "预测年份", group: "projection"), .init("mean", "预测值", group: "projection"),
      .init("lo80", "下限80", group: "projection"), .init("hi80", "上限80", group: "projection"),
      .init("lo95", "下限95", group: "projection"), .init("hi95", "上限95", group: "projection"),
      .init("probability", "达成概率"), .init("stretch_probability", "力争目标概率"), .init("years_ahead", "超前年数"),
      .init("reached_in", "预计达标年份"), .init("note", "说明"),
      .init("rule", "规则"), .init("basis", "增速口径"), .init("year_to_date", "累计期"),
      .init("remaining_months_growth", "其余月份需增长"), .init("label", "标签"),
    ])
    for row in rows {
      let (t, a) = (row.target, row.assessment)
      // Growth per year as a fraction on a geometric path (10.01% → 0.1001), else a change in units.
      let perYear: (Double?) -> Table.Cell = { x in number(x.map { a.isPercentPerYear ? $0 / 100 : $0 }) }
      let p = a.projection
      table.rows.append([
        integer(t.id.map(Int.init)), .text(t.indicator), .text(t.region),
        .text(Self.goal(t, indicator: row.indicator, language: language) { self.regionName($0, language) }),
        .text(t.kind.rawValue), .text(t.attribute.rawValue), .text(t.direction.rawValue), integer(t.duePeriod), .number(t.value),
        number(a.targetLevel), integer(a.baseYear), number(a.baseValue), integer(a.latestYear), number(a.latestValue),
        a.requiredPerYear == nil ? .empty : .text(a.rule == .meanOfRates ? "mean_of_rates" : a.geometric ? "geometric" : "linear"),
        perYear(a.requiredPerYear), perYear(a.actualPerYear), perYear(a.remainingPerYear), .text(a.status.rawValue),
        integer(p?.year), number(p?.mean), number(p?.lower80), number(p?.upper80), number(p?.lower95), number(p?.upper95),
        number(a.probability), number(a.stretchProbability), number(a.yearsAhead), integer(a.projectedYearReached),
        .text(Self.note(a, language: language) { self.regionName($0, language) }),
        a.rule.map { .text($0.rawValue) } ?? .empty, a.basis.map { .text($0.words(chinese: language == .zh)) } ?? .empty,
        a.yearToDate.map { .text($0.period.canonical) } ?? .empty,
        number(a.yearToDate?.remainingGrowthNeeded.map { $0 / 100 }), t.label.isEmpty ? .empty : .text(t.label),
      ])
    }
    return table
  }

  package func sections(_ table: Table, chinese: Bool) -> [HTMLReport.Section] { sections(table, language: chinese ? .zh : .en) }

  /// One section per assessed target: a multi-year target's chart (history from eight years before
  /// the base, the projection fan, the required path, milestones with their status, the target), an
  /// annual target's bars against the target line; then its numbers.
  package func sections(_ table: Table, language: Language) -> [HTMLReport.Section] {
    zip(rows, table.displayRows()).compactMap { row, cells in
      let (t, a) = (row.target, row.assessment)
      guard a.status != .insufficientData || a.yearToDate != nil, a.status != .notApplicable else { return nil }
      let region = regionName(t.region, language)
      let title = "\(region) · \(row.measured.name(language))"
      let chart: String
      if t.kind == .annual {
        chart = BarChart.render(annualChart(row, title: title, language: language), language: language)
      } else if t.kind == .relative {
        chart = ""
      } else {
        chart = SVGChart.render(
          ChartData(
            title: title, unit: row.measured.unit.symbol,
            history: row.observed.filter { $0.year >= (a.baseYear ?? 0) - 8 },
            forecast: a.projectionPath.map(ChartData.Band.init), requiredPath: a.requiredPath,
            target: a.targetLevel.map { (t.duePeriod, $0) },
            milestones: a.milestones.map { m in
              let p = m.probability.map { " P=" + DisplayNumber.probability($0) } ?? ""
              return (m.milestone.period, m.milestone.value, "\(m.milestone.label) \(Self.statusWord(m.status, language))\(p)")
            }),
          language: language)
      }
      let facts = zip(table.headers(language), cells).dropFirst(3).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }
      let heading = t.label.isEmpty ? "\(region) · \(cells[2])" : "\(region) · \(cells[2]) · \(t.label)"
      return HTMLReport.Section(
        heading: heading, status: Self.statusWord(a.status, language), tone: a.status.tone,
        chart: chart, facts: facts + [(language.pick("来源", "source"), t.source.title)])
    }
  }

  /// An annual target's bars: the last ten years before the due year, the due year's value or its
  /// projection (from the year-to-date figures when there are some), the target line.
  func annualChart(_ row: Row, title: String, language: Language) -> BarChartData {
    let (t, a) = (row.target, row.assessment)
    let zh = language == .zh
    let note = a.yearToDate.map { zh ? "据\($0.period.chinese)" : "from \($0.period.canonical)" } ?? (zh ? "模型预测" : "forecast")
    return BarChartData(
      title: title, unit: row.measured.unit.symbol,
      bars: row.observed.filter { $0.year > t.duePeriod - 10 && $0.year <= t.duePeriod },
      target: (t.duePeriod, t.value),
      projection: a.projection.map { ($0.mean, $0.lower95, $0.upper95) }, projectionNote: note)
  }

  package func html(chinese: Bool) -> String { html(language: chinese ? .zh : .en) }

  /// The self-contained HTML page in `language`: summary table, then a section per target.
  package func html(language: Language) -> String {
    let table = table(language: language)
    let zh = language == .zh
    let when = asOf.map { zh ? "截至\($0)" : "as of \($0)" } ?? (zh ? "最新数据" : "latest data")
    let subtitle = zh
      ? "\(when) · \(rows.count)个目标 · 状态按欧盟统计局方法（实际增速与所需增速之比）判定"
      : "indicators · \(when) · \(rows.count) targets · status after Eurostat's ratio of actual to required growth"
    return HTMLReport.render(
      title: language.pick("规划目标进展报告", "Progress toward plan targets"), subtitle: subtitle,
      summary: table, statusTones: statusTones, sections: sections(table, language: language), language: language)
  }
}

extension ChartData.Band {
  /// A projected year as a chart draws it.
  init(_ p: TargetAssessment.Projection) {
    self.init(year: p.year, mean: p.mean, lower80: p.lower80, upper80: p.upper80, lower95: p.lower95, upper95: p.upper95)
  }
}
