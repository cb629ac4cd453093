import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets

/// Regions side by side on the same targets, as leadership reads them (绵阳 vs 德阳 vs 全省): one
/// line per target set for any of the regions, one group of columns per region.
///
/// A region's cell is its own target when it has one with the same terms; otherwise the same terms
/// are applied to its series (marked 参照 / reference) when they mean the same thing there — a growth,
/// a multiple or a cumulative change, or any target on a rate, share or ratio (年均增长7%, 增长6%,
/// 比重 ≥ 11%). A level to reach (GDP ≥ 6000 亿元) belongs to its region only, as does a margin over
/// a region compared with itself.
package struct RegionComparison {
  package struct Cell {
    package var assessment: TargetAssessment
    /// The region's own stored target, not the terms of another region's applied to it.
    package var own: Bool
  }

  package struct Line {
    /// The terms (of the first region that set them).
    package var target: PlanTarget
    package var indicator: IndicatorDefinition
    /// One per region, in the order asked; nil where the terms do not apply.
    package var cells: [Cell?]
  }

  package var regions: [RegionDefinition]
  package var lines: [Line]
  package var asOf: CalendarDate?
  /// Every region of the store by code, to name a compared region (高于四川省…) in the reader's language.
  package var catalogue: [String: RegionDefinition] = [:]

  /// The regions (codes or names, at least one) compared on every target any of them has.
  package static func assess(_ store: any IndicatorStoring, regions names: [String], asOf: CalendarDate?) throws -> RegionComparison {
    var regions: [RegionDefinition] = []
    for name in names where !name.isEmpty {
      let region = try SeriesSelector.region(name, in: store)!
      if !regions.contains(region) { regions.append(region) }
    }
    let context = try TargetReport.Context(store, asOf: asOf)
    var stored: [[PlanTarget]] = []
    for region in regions { stored.append(try store.targets(region: region.code)) }
    var lines: [Line] = []
    var seen: [Terms] = []
    for target in stored.joined() {
      let terms = Terms(target)
      guard !seen.contains(terms), let indicator = context.indicators[target.indicator] else { continue }
      seen.append(terms)
      let cells = try regions.indices.map { i -> Cell? in
        if let own = stored[i].first(where: { Terms($0) == terms }) {
          return Cell(assessment: try context.row(own).assessment, own: true)
        }
        guard applies(target, indicator: indicator, to: regions[i].code) else { return nil }
        var copy = target
        copy.id = nil
        copy.region = regions[i].code
        copy.baseValue = nil
        return Cell(assessment: try context.row(copy).assessment, own: false)
      }
      lines.append(Line(target: target, indicator: indicator, cells: cells))
    }
    func order(_ l: Line) -> (Int, String, Int) { (l.target.kind == .annual ? 1 : 0, l.target.indicator, l.target.duePeriod) }
    return RegionComparison(regions: regions, lines: lines.sorted { order($0) < order($1) }, asOf: asOf, catalogue: context.regions)
  }

  /// The names in a list as a user types it: `mianyang,chengdu`, `绵阳市，四川省`, spaces allowed.
  package static func names(_ list: String) -> [String] {
    list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// Whether another region's target means the same on `region`'s series (see the type's comment).
  static func applies(_ target: PlanTarget, indicator: IndicatorDefinition, to region: String) -> Bool {
    if target.comparedRegion == region { return false }
    switch target.kind {
    case .growth, .multiple, .cumulative: return true
    case .level, .share, .annual, .relative: return !indicator.measureKind.isLevel
    }
  }

  /// What makes two targets the same target for a comparison: everything but the region and source.
  struct Terms: Equatable {
    var indicator: String, kind: PlanTarget.Kind, base: Int?, due: Int, value: Double
    var direction: PlanTarget.Direction, compared: String?
    init(_ t: PlanTarget) {
      (indicator, kind, base, due, value, direction, compared) = (t.indicator, t.kind, t.basePeriod, t.duePeriod, t.value, t.direction, t.comparedRegion)
    }
  }

  /// One line per target; per region its latest value, pace (growth or change a year; for an annual
  /// target the year's value or its projection), status and probability (%, a number).
  /// `forReading` names the English columns by region name (`Mianyang latest`) rather than the
  /// keys CSV and JSON carry (`mianyang_latest`): for a page, never for a file.
  package func table(chinese: Bool, forReading: Bool = false) -> Table {
    let language: Language = chinese ? .zh : .en
    let regionName = { (code: String) in self.catalogue[code]?.name(language) ?? code }
    var columns: [Table.Column] = [.init("indicator", "指标"), .init("target", "目标")]
    for r in regions {
      let key = { (suffix: String, words: String) in forReading ? "\(r.nameEn) \(words)" : "\(r.code)_\(suffix)" }
      columns += [
        .init(key("latest", "latest"), "\(r.nameZh) 最新值"),
        .init(key("actual", "actual"), "\(r.nameZh) 实际", alignRight: true),
        .init(key("status", "status"), "\(r.nameZh) 状态"),
        .init(key("probability", "P(met) %"), "\(r.nameZh) 达成概率(%)", alignRight: true),
      ]
    }
    var table = Table(columns: columns)
    for line in lines {
      var row: [Table.Cell] = [
        .coded(line.indicator.code, shown: line.indicator.name(language)),
        .text(TargetReport.goal(line.target, indicator: line.indicator, language: language, regionName: regionName)),
      ]
      for cell in line.cells {
        guard let cell else {
          row += [.empty, .empty, .text("—"), .empty]
          continue
        }
        let a = cell.assessment
        let latest: Table.Cell = a.latestValue.map { .text("\(a.latestYear ?? 0): \(DisplayNumber.value($0))") } ?? .empty
        let actual = line.target.kind == .annual ? (a.status == .met || a.status == .missed ? a.latestValue : a.projection?.mean) : a.actualPerYear
        var status = a.status.word(chinese: chinese)
        if !cell.own { status += chinese ? "（参照）" : " (reference)" }
        row += [
          latest, actual.map { .number(($0 * 100).rounded() / 100) } ?? .empty, .text(status),
          a.probability.flatMap { $0.isFinite ? .number((100 * $0).rounded()) : nil } ?? .empty,
        ]
      }
      table.rows.append(row)
    }
    return table
  }

  /// The self-contained page: the side-by-side table.
  package func html(chinese: Bool) -> String {
    let names = regions.map { chinese ? $0.nameZh : $0.nameEn }.joined(separator: " · ")
    return HTMLReport.render(
      title: chinese ? "地区对比：规划目标" : "Regions side by side: plan targets",
      subtitle: chinese
        ? "\(names) · \(asOf.map { "截至\($0)" } ?? "最新数据") · \(lines.count)个目标"
        : "\(names) · indicators · \(asOf.map { "as of \($0)" } ?? "latest data") · \(lines.count) targets",
      summary: table(chinese: chinese), sections: [], chineseHeaders: chinese)
  }
}
