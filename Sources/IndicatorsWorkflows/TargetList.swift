import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets

/// Listing and adding plan targets.
package enum TargetList {
  /// The targets of a region (code or name; nil for all), as `targets` lists them.
  package static func table(_ store: any IndicatorStoring, region: String?, language: Language = .en) throws -> Table {
    let code = try SeriesSelector.region(region, in: store)?.code
    let regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0) })
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("indicator", "指标"), .init("region", "地区"), .init("kind", "类型"),
      .init("base", "基期"), .init("due", "目标年"), .init("value", "目标值", alignRight: true), .init("qualifier", "限定"),
      .init("direction", "方向"), .init("attribute", "属性"), .init("source", "来源"), .init("label", "标签"),
    ])
    for t in try store.targets(region: code) {
      table.rows.append([
        .number(Double(t.id ?? 0)), .text(t.indicator), regions[t.region].map { .region($0, language) } ?? .text(t.region),
        .coded(t.kind.rawValue, shown: Wording.targetKind(t.kind, language)),
        t.basePeriod.map { .text("\($0)") } ?? .empty, .text("\(t.duePeriod)"), .number(t.value),
        t.qualifier == .exact ? .empty : .coded(t.qualifier.rawValue, shown: Wording.qualifier(t.qualifier, language)),
        .coded(t.direction.rawValue, shown: Wording.direction(t.direction, language)),
        .coded(t.attribute.rawValue, shown: Wording.attribute(t.attribute, language)),
        .text(t.source.title), t.label.isEmpty ? .empty : .text(t.label),
      ])
    }
    return table
  }

  /// A target as the user described it, for `target add`: the series by selector, the rest as given.
  package struct Draft: Sendable {
    package var kind: PlanTarget.Kind
    package var base: Int?
    package var baseValue: Double?
    package var due: Int
    package var value: Double
    /// Years after the base (or the due year, without one) at which the path's value is due.
    package var milestoneYears: [Int]
    package var direction: PlanTarget.Direction
    package var attribute: PlanTarget.Attribute
    package var stretch: Double?
    package var compared: String?
    package var label: String
    package var source: String

    package init(
      kind: PlanTarget.Kind, base: Int?, baseValue: Double?, due: Int, value: Double, milestoneYears: [Int],
      direction: PlanTarget.Direction, attribute: PlanTarget.Attribute, stretch: Double?, compared: String?, label: String,
      source: String
    ) {
      self.kind = kind; self.base = base; self.baseValue = baseValue; self.due = due; self.value = value
      self.milestoneYears = milestoneYears; self.direction = direction; self.attribute = attribute; self.stretch = stretch
      self.compared = compared; self.label = label; self.source = source
    }

    /// The target for a series, with milestones on its path (values filled in when assessed).
    /// Precondition: the years are in `SupportedRange.years` and milestones are small offsets
    /// (the command checks both before any arithmetic).
    package func plan(indicator: String, region: String, compared: String?) -> PlanTarget {
      PlanTarget(
        indicator: indicator, region: region, kind: kind, basePeriod: base, baseValue: baseValue, duePeriod: due,
        value: value, direction: direction, attribute: attribute, stretchValue: stretch, comparedRegion: compared,
        milestones: milestoneYears.map { .init(period: (base ?? due) + $0, value: .nan, label: "第\($0)年") },
        label: label, source: SourceReference(title: source))
    }

    /// Checks what can be checked before the series is resolved (everything but the regions).
    package func validate() throws(TargetProblem) {
      try plan(indicator: "", region: "", compared: nil).validate()
    }
  }

  /// Adds the target and says what was added (`target 12: gdp · chengdu · multiple due 2025`).
  /// Throws `WorkflowError` for a kind that means nothing on the series' measure kind (see
  /// `TargetRule`: no doubling of a growth rate, no average growth of a share), and
  /// `TargetProblem` for a target that means nothing (see `PlanTarget.validate()`),
  /// including a relative target compared with its own region under another name.
  package static func add(
    _ draft: Draft, for selector: SeriesSelector, in store: any IndicatorStoring, language: Language = .en
  ) throws -> String {
    let series = try selector.resolve(in: store, language: language)
    let compared = try draft.compared.map { try SeriesSelector(indicator: series.indicator.code, region: $0).resolve(in: store).region.code }
    let target = draft.plan(indicator: series.indicator.code, region: series.region.code, compared: compared)
    try target.validate()
    // After the checks of the terms themselves, which name the option at fault more precisely.
    if case .failure(let problem) = TargetRule.rule(for: draft.kind, on: series.indicator.measureKind) {
      throw WorkflowError("--kind: \(series.indicator.code) is a \(series.indicator.measureKind.rawValue) series; \(problem.description)")
    }
    let id = try store.addTarget(target)
    return language.pick(
      "目标 \(id)：\(series.label(language)) · \(Wording.targetKind(draft.kind, language)) · \(draft.due)年到期",
      "target \(id): \(series.label) · \(draft.kind.rawValue) due \(draft.due)")
  }

  /// Removes the target `id` and says so; throws `WorkflowError` when there is none.
  package static func remove(_ id: Int64, from store: any IndicatorStoring, language: Language = .en) throws -> String {
    guard try store.removeTarget(id: id) else { throw WorkflowError(language.pick("没有编号为 \(id) 的目标", "no target with id \(id)")) }
    return language.pick("已删除目标 \(id)", "removed target \(id)")
  }
}
