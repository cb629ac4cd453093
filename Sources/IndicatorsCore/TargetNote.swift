/// Why a target assessment reads as it does, as a value: the report words it in the reader's
/// language (`Wording`), so "no value for the base year 2023" reads 基期2023年无数据 in Chinese.
package enum TargetNote: Hashable, Sendable {
  case noBaseYear
  case noBaseValue(year: Int)
  case dueBeforeBase
  case baseNotPositive(value: Double, year: Int, kind: PlanTarget.Kind)
  case levelOutOfRange
  case noValueSinceBase(year: Int)
  /// The due year's value against the target level.
  case dueValue(year: Int, actual: Double, target: Double)
  case alreadyAtTarget
  case noValueAfterBase
  case tooFewToProject(observed: Int, needed: Int)
  case noValueRecorded(year: Int)
  case noValues
  case noValueTooFewToProject(year: Int, observed: Int)
  case noValue(year: Int)
  case noValueYet(year: Int)
  case noComparedRegion
  case noCommonYear(since: Int, region: String, compared: String)
  case averageGap(points: Double, years: [Int])
  case noRateSinceBase(year: Int)
  /// Years whose rate was missing and filled in from the neighbouring years.
  case ratesFilledIn(years: [Int])
  case meanGrowth(percent: Double, from: Int, to: Int)
  /// Text worded elsewhere in both languages (a target kind that has no meaning on its series).
  case worded(zh: String, en: String)
  /// Text from elsewhere, shown as it is.
  case text(String)

  /// The note in `language`. Values are shown as `DisplayNumber.value` writes them.
  /// `regionName` turns a region code into the name the reader sees.
  package func text(_ language: Language, regionName: (String) -> String = { $0 }) -> String {
    let zh = language == .zh
    let y = { Wording.year($0, language) }
    let v = DisplayNumber.value
    switch self {
    case .noBaseYear: return zh ? "目标未给出基期" : "the target has no base year"
    case .noBaseValue(let b): return zh ? "基期\(y(b))无数据" : "no value for the base year \(b)"
    case .dueBeforeBase: return zh ? "目标年须晚于基期" : "the due year must come after the base year"
    case .baseNotPositive(let value, let b, let kind):
      return zh
        ? "基期\(y(b))值\(v(value))不为正，无法计算\(Wording.targetKind(kind, language))"
        : "the base value \(v(value)) (\(b)) is not positive: a \(kind.rawValue) cannot be measured from it"
    case .levelOutOfRange: return zh ? "目标水平超出可计算范围" : "the target level is out of range"
    case .noValueSinceBase(let b): return zh ? "基期\(y(b))以来无数据" : "no value since the base year \(b)"
    case .dueValue(let d, let actual, let target):
      return zh ? "\(y(d))实际\(v(actual))，目标\(DisplayNumber.significant(target))" : "\(d): \(v(actual)) against \(DisplayNumber.significant(target))"
    case .alreadyAtTarget: return zh ? "已达到目标水平" : "already at the target level"
    case .noValueAfterBase: return zh ? "基期后尚无数据" : "no value after the base year yet"
    case .tooFewToProject(let observed, let needed):
      return zh ? "数据过少，无法预测（已有\(observed)年，需要\(needed)年）" : "too few values to project (\(observed) observed years, \(needed) needed)"
    case .noValueRecorded(let d): return zh ? "\(y(d))无记录" : "no value recorded for \(d)"
    case .noValues: return zh ? "该序列无数据" : "no values for this series"
    case .noValueTooFewToProject(let d, let observed):
      return zh ? "\(y(d))无数据，且数据过少无法预测（已有\(observed)年）" : "no value for \(d) and too few values to project (\(observed) observed years)"
    case .noValue(let d): return zh ? "\(y(d))无数据" : "no value for \(d)"
    case .noValueYet(let d): return zh ? "\(y(d))尚无数据" : "no value for \(d) yet"
    case .noComparedRegion: return zh ? "未给出比较地区" : "no region to compare with"
    case .noCommonYear(let since, let region, let compared):
      return zh ? "\(y(since))以来\(regionName(region))与\(regionName(compared))无同年数据" : "no year since \(since) with values for both \(regionName(region)) and \(regionName(compared))"
    case .averageGap(let points, let years):
      let list = years.map(String.init).joined(separator: zh ? "、" : ", ")
      return zh ? "\(list)年平均高出\(DisplayNumber.fixed(points, decimals: 2))个百分点" : "average gap \(DisplayNumber.fixed(points, decimals: 2)) points over \(list)"
    case .noRateSinceBase(let b): return zh ? "基期\(y(b))后尚无增速数据" : "no growth rate after the base year \(b) yet"
    case .ratesFilledIn(let years):
      let list = years.map(String.init).joined(separator: zh ? "、" : ", ")
      return zh ? "\(list)年增速为插补值" : "rates filled in for \(list)"
    case .meanGrowth(let percent, let from, let to):
      return zh
        ? "\(from)–\(to)年平均增长\(DisplayNumber.fixed(percent, decimals: 2))%"
        : "mean growth \(DisplayNumber.fixed(percent, decimals: 2))% over \(from)–\(to)"
    case .worded(let zhText, let enText): return zh ? zhText : enText
    case .text(let s): return s
    }
  }
}
