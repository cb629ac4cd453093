import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsForecast
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Progress of every plan target: status, required vs actual growth, projection, probability.",
    discussion: """
      Status follows Eurostat's method for quantified targets: the ratio of the actual average growth
      since the base year to the growth required to reach the target on time — on track (≥ 95%), needs
      acceleration (60–95%), limited progress (0–60%), moving away (< 0); targets whose due year has
      data are met or missed. The projection and the probability of meeting the target come from the
      `auto` forecast of the series (intervals calibrated on its own history). Years ahead (+) or behind
      (−) say where the latest value sits on the required path.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var vintage: VintageOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Only this region.")
  var region: String?

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var out: String?

  func run() throws {
    let database = try store.open()
    let assessments = try Self.assessAll(database, region: region, asOf: vintage.asOf)
      .sorted { ($0.target.kind == .annual ? 1 : 0, $0.target.region, $0.target.duePeriod) < ($1.target.kind == .annual ? 1 : 0, $1.target.region, $1.target.duePeriod) }
    let table = Self.table(assessments, chinese: output.chinese)
    var text = output.format == .html
      ? try Self.html(assessments, table: table, database: database, chinese: output.chinese, asOf: vintage.asOf)
      : output.render(table)
    if output.format == .table, out == nil, isatty(1) == 1, ProcessInfo.processInfo.environment["NO_COLOR"] == nil {
      text = Self.colourStatuses(text)
    }
    if let out {
      guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else { throw CommandFailure("cannot write \(out)") }
      Console.note("\(out): \(assessments.count) targets")
    } else {
      Console.output(text)
    }
  }

  /// A target with what it was assessed on.
  struct Assessed {
    var target: PlanTarget
    var indicator: IndicatorDefinition
    var points: [SeriesPoint]
    var assessment: TargetAssessment
  }

  static func assessAll(_ database: IndicatorStore, region: String?, asOf: CalendarDate?) throws -> [Assessed] {
    let indicators = Dictionary(uniqueKeysWithValues: try database.indicators().map { ($0.code, $0) })
    func points(_ indicator: String, _ region: String) throws -> [SeriesPoint] {
      try database.seriesPoints(indicator: indicator, region: region, asOf: asOf)
    }
    return try database.targets(region: region).map { target in
      let indicator = indicators[target.indicator]!
      let compared = try target.comparedRegion.map { try points(target.indicator, $0) } ?? []
      let year = (asOf ?? .today).year
      let own = try points(target.indicator, target.region)
      return Assessed(
        target: target, indicator: indicator, points: own,
        assessment: TargetAssessor.assess(target, indicator: indicator, points: own, comparedPoints: compared, currentYear: year))
    }
  }

  static func table(_ rows: [Assessed], chinese: Bool) -> Table {
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("region", "地区"), .init("target", "目标"), .init("kind", "类型"),
      .init("base", "基期值"), .init("latest", "最新值"), .init("required_per_year", "所需年均", alignRight: true),
      .init("actual_per_year", "实际年均", alignRight: true), .init("needed_now_per_year", "此后所需", alignRight: true),
      .init("status", "状态"), .init("projection", "目标年预测(95%区间)"), .init("probability", "达成概率", alignRight: true),
      .init("years_ahead", "超前(+)/落后(−)年", alignRight: true), .init("reached_in", "预计达到年份", alignRight: true),
      .init("note", "说明"),
    ])
    func number(_ x: Double?, _ decimals: Int) -> Table.Cell { x.map { .text(ValueFormatting.fixed($0, decimals: decimals)) } ?? .empty }
    for row in rows {
      let (t, indicator, a) = (row.target, row.indicator, row.assessment)
      let name = chinese ? indicator.nameZh : indicator.nameEn
      let unit = indicator.unit.symbol
      let goal: String
      switch t.kind {
      case .growth: goal = "\(name) \(chinese ? "年均增长" : "avg growth") \(ValueFormatting.shortest(t.value))% \(t.basePeriod ?? 0)–\(t.duePeriod)"
      case .multiple: goal = "\(name) ×\(ValueFormatting.shortest(t.value)) \(t.basePeriod ?? 0)–\(t.duePeriod)"
      case .relative: goal = "\(name) ≥ \(t.comparedRegion ?? "") + \(ValueFormatting.shortest(t.value)) pp \(t.duePeriod)"
      case .cumulative: goal = "\(name) \(ValueFormatting.shortest(t.value))% \(t.basePeriod ?? 0)–\(t.duePeriod)"
      default:
        let relation = t.qualifier == .about ? "≈" : t.direction == .higher ? "≥" : "≤"
        goal = "\(t.duePeriod) \(name) \(relation) \(ValueFormatting.shortest(t.value)) \(unit)"
      }
      let perYearDecimals = a.geometric ? 2 : 2
      let suffix = a.geometric ? "%" : ""
      func perYear(_ x: Double?) -> Table.Cell { x.map { .text(ValueFormatting.fixed($0, decimals: perYearDecimals) + suffix) } ?? .empty }
      let projection: Table.Cell = a.projection.map {
        .text("\($0.year): \(ValueFormatting.significant($0.mean, digits: 5)) [\(ValueFormatting.significant($0.lower95, digits: 5))–\(ValueFormatting.significant($0.upper95, digits: 5))]")
      } ?? .empty
      var note = a.note
      if !a.milestones.isEmpty {
        note += (note.isEmpty ? "" : "; ") + a.milestones.map { m in
          "\(m.milestone.label) \(m.milestone.period) \(ValueFormatting.significant(m.milestone.value, digits: 5)): "
            + (m.probability.map { "P=\(ValueFormatting.fixed($0 * 100, decimals: 0))%" } ?? (chinese ? m.status.chinese : m.status.rawValue))
        }.joined(separator: ", ")
      }
      if let s = a.stretchProbability { note += (note.isEmpty ? "" : "; ") + "stretch P=\(ValueFormatting.fixed(s * 100, decimals: 0))%" }
      table.rows.append([
        .number(Double(t.id ?? 0)), .text(t.region), .text(goal), .text(t.kind.rawValue),
        a.baseValue.map { .text("\(a.baseYear ?? 0): \(ValueFormatting.shortest($0))") } ?? .empty,
        a.latestValue.map { .text("\(a.latestYear ?? 0): \(ValueFormatting.shortest($0))") } ?? .empty,
        perYear(a.requiredPerYear), perYear(a.actualPerYear), perYear(a.remainingPerYear),
        .text(chinese ? a.status.chinese : a.status.rawValue), projection,
        a.probability.map { .text(ValueFormatting.fixed($0 * 100, decimals: 0) + "%") } ?? .empty,
        number(a.yearsAhead, 1), a.projectedYearReached.map { .text("\($0)") } ?? .empty, .text(note),
      ])
    }
    return table
  }

  static func html(_ rows: [Assessed], table: Table, database: IndicatorStore, chinese: Bool, asOf: CalendarDate?) throws -> String {
    let regions = Dictionary(uniqueKeysWithValues: try database.regions().map { ($0.code, $0) })
    var sections: [HTMLReport.Section] = []
    for (index, assessed) in rows.enumerated() where assessed.target.kind != .annual && assessed.assessment.status != .insufficientData {
      let (t, indicator, a) = (assessed.target, assessed.indicator, assessed.assessment)
      let history = assessed.points
        .filter { $0.period.frequency == .annual && $0.status != .derived && $0.period.year >= (a.baseYear ?? 0) - 8 }
        .map { (year: $0.period.year, value: $0.value) }
      let chart = ChartData(
        title: "\(regions[t.region]?.nameZh ?? t.region) · \(indicator.nameZh)", unit: indicator.unit.symbol,
        history: t.kind == .relative ? [] : history,
        forecast: a.projectionPath.map { .init(year: $0.year, mean: $0.mean, lower80: $0.lower80, upper80: $0.upper80, lower95: $0.lower95, upper95: $0.upper95) },
        requiredPath: a.requiredPath, target: a.targetLevel.map { (t.duePeriod, $0) }.flatMap { t.kind == .relative ? nil : $0 },
        milestones: a.milestones.map { ($0.milestone.period, $0.milestone.value, $0.milestone.label) })
      let row = table.rows[index]
      let facts = zip(table.headers(chinese: chinese), row).dropFirst(3).filter { !$0.1.exact.isEmpty }.map { ($0.0, $0.1.exact) }
      let tone = HTMLReport.tone(a.status.rawValue)
      sections.append(.init(
        heading: "\(regions[t.region]?.nameZh ?? t.region) · \(row[2].exact)", status: chinese ? a.status.chinese : a.status.rawValue,
        tone: tone, chart: t.kind == .relative ? "" : SVGChart.render(chart), facts: facts + [("来源 source", t.source.title)]))
    }
    return HTMLReport.render(
      title: chinese ? "规划目标进展报告" : "Progress toward plan targets",
      subtitle: "indicators · \(asOf.map { "as of \($0)" } ?? "latest data") · \(rows.count) targets · status after Eurostat's ratio of actual to required growth",
      summary: table, sections: sections, chineseHeaders: chinese)
  }

  /// Colours each status word by its tone (the HTML report's classes), on a terminal only.
  static func colourStatuses(_ text: String) -> String {
    let codes = ["good": "32", "warn": "33", "bad": "31"]
    var result = text
    for status in TargetAssessment.Status.allCases {
      for word in [status.rawValue, status.chinese] {
        guard let code = codes[HTMLReport.tone(word)] else { continue }
        result = result.replacingOccurrences(of: "  \(word)  ", with: "  \u{1B}[\(code)m\(word)\u{1B}[0m  ")
      }
    }
    return result
  }
}
