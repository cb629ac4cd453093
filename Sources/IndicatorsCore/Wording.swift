/// The words of the catalogue's closed sets, in Chinese and English: what a table shows for a
/// qualifier, status, measure kind, target kind, direction, attribute and period. The raw values
/// (`at_least`, `provisional`, `2024YTD9`) stay what files and JSON carry; these are for reading.
package enum Wording {
  /// As a Chinese bulletin writes the bound (超, 约, 近); English words for `en`. Empty when exact.
  package static func qualifier(_ q: Qualifier, _ language: Language) -> String { qualifiers(q, language) }

  /// Empty when normal.
  package static func status(_ s: ObservationStatus, _ language: Language) -> String { statuses(s, language) }

  package static func measureKind(_ k: MeasureKind, _ language: Language) -> String { measureKinds(k, language) }

  package static func targetKind(_ k: PlanTarget.Kind, _ language: Language) -> String { targetKinds(k, language) }

  package static func direction(_ d: PlanTarget.Direction, _ language: Language) -> String { directions(d, language) }

  package static func attribute(_ a: PlanTarget.Attribute, _ language: Language) -> String { attributes(a, language) }

  private static let qualifiers = Words<Qualifier>([
    .exact: ("", ""), .atLeast: ("超", "at least"), .about: ("约", "about"), .below: ("近", "just below"),
  ])
  private static let statuses = Words<ObservationStatus>([
    .normal: ("", ""), .provisional: ("初步", "provisional"), .estimated: ("估计", "estimated"),
    .derived: ("推算", "derived"), .revised: ("修订", "revised"), .seriesBreak: ("口径调整", "break"),
  ])
  private static let measureKinds = Words<MeasureKind>([
    .level: ("总量", "level"), .rate: ("增速", "rate"), .share: ("占比", "share"), .ratio: ("比值", "ratio"),
    .count: ("个数", "count"), .rank: ("位次", "rank"),
  ])
  private static let targetKinds = Words<PlanTarget.Kind>([
    .level: ("总量", "level"), .growth: ("年均增长", "growth"), .multiple: ("倍增", "multiple"), .share: ("占比", "share"),
    .relative: ("高于比较地区", "relative"), .cumulative: ("累计变化", "cumulative"), .annual: ("年度", "annual"),
  ])
  private static let directions = Words<PlanTarget.Direction>([.higher: ("不低于", "at least"), .lower: ("不高于", "at most")])
  private static let attributes = Words<PlanTarget.Attribute>([.expected: ("预期性", "expected"), .binding: ("约束性", "binding")])

  /// `2024年1-9月`, `2023年一季度`, `2024年上半年`, `2023年`; in English the canonical form.
  package static func period(_ p: Period, _ language: Language) -> String {
    guard language == .zh else { return p.canonical }
    let numerals = ["一", "二", "三", "四"]
    switch p {
    case .quarter(let y, let q) where (1...4).contains(q): return "\(y)年\(numerals[q - 1])季度"
    default: return p.chinese
    }
  }

  /// A year as a period: `2023年` or `2023`.
  package static func year(_ y: Int, _ language: Language) -> String { period(.year(y), language) }

  /// What a forecast table's row is: observed, filled by interpolation, or forecast.
  package static func rowKind(_ kind: RowKind, _ language: Language) -> String { rowKinds(kind, language) }

  package enum RowKind: String, Sendable, CaseIterable { case observed, filled, forecast }

  private static let rowKinds = Words<RowKind>([.observed: ("实际", "observed"), .filled: ("插补", "filled"), .forecast: ("预测", "forecast")])

  /// A published date, or that the source gives none.
  package static func vintage(_ date: CalendarDate?, _ language: Language) -> String {
    date?.description ?? language.pick("未注明", "undated")
  }

  /// A trend's term (`intercept`, `slope`, `curvature`); other names as they are.
  package static func trendTerm(_ name: String, _ language: Language) -> String {
    guard language == .zh else { return name }
    return ["intercept": "截距", "slope": "斜率", "curvature": "二次项"][name] ?? name
  }
}
