/// The words of the catalogue's closed sets, in Chinese and English: what a table shows for a
/// qualifier, status, measure kind, target kind, direction, attribute and period. The raw values
/// (`at_least`, `provisional`, `2024YTD9`) stay what files and JSON carry; these are for reading.
package enum Wording {
  /// As a Chinese bulletin writes the bound (超, 约, 近); English words for `en`. Empty when exact.
  package static func qualifier(_ q: Qualifier, _ language: Language) -> String {
    switch q {
    case .exact: ""
    case .atLeast: language.pick("超", "at least")
    case .about: language.pick("约", "about")
    case .below: language.pick("近", "just below")
    }
  }

  /// Empty when normal.
  package static func status(_ s: ObservationStatus, _ language: Language) -> String {
    switch s {
    case .normal: ""
    case .provisional: language.pick("初步", "provisional")
    case .estimated: language.pick("估计", "estimated")
    case .derived: language.pick("推算", "derived")
    case .revised: language.pick("修订", "revised")
    case .seriesBreak: language.pick("口径调整", "break")
    }
  }

  package static func measureKind(_ k: MeasureKind, _ language: Language) -> String {
    switch k {
    case .level: language.pick("总量", "level")
    case .rate: language.pick("增速", "rate")
    case .share: language.pick("占比", "share")
    case .ratio: language.pick("比值", "ratio")
    case .count: language.pick("个数", "count")
    case .rank: language.pick("位次", "rank")
    }
  }

  package static func targetKind(_ k: PlanTarget.Kind, _ language: Language) -> String {
    switch k {
    case .level: language.pick("总量", "level")
    case .growth: language.pick("年均增长", "growth")
    case .multiple: language.pick("倍增", "multiple")
    case .share: language.pick("占比", "share")
    case .relative: language.pick("高于比较地区", "relative")
    case .cumulative: language.pick("累计变化", "cumulative")
    case .annual: language.pick("年度", "annual")
    }
  }

  package static func direction(_ d: PlanTarget.Direction, _ language: Language) -> String {
    switch d {
    case .higher: language.pick("不低于", "at least")
    case .lower: language.pick("不高于", "at most")
    }
  }

  package static func attribute(_ a: PlanTarget.Attribute, _ language: Language) -> String {
    switch a {
    case .expected: language.pick("预期性", "expected")
    case .binding: language.pick("约束性", "binding")
    }
  }

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
  package static func rowKind(_ kind: RowKind, _ language: Language) -> String {
    switch kind {
    case .observed: language.pick("实际", "observed")
    case .filled: language.pick("插补", "filled")
    case .forecast: language.pick("预测", "forecast")
    }
  }

  package enum RowKind: String, Sendable { case observed, filled, forecast }

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
