/// The sentences the tool says to a person (notes, warnings, errors), in Chinese and English.
/// Words of closed sets are in `Wording`; numbers are written by `DisplayNumber`.
package enum Messages {
  package static func noObservations(
    _ indicator: IndicatorDefinition, _ region: RegionDefinition, asOf: CalendarDate?, _ language: Language
  ) -> String {
    let (i, r) = (indicator.name(language), region.name(language))
    if language == .zh { return "\(r)\(i)无数据" + (asOf.map { "（截至\($0)发布）" } ?? "") }
    return "\(indicator.code) has no observations for \(region.code)" + (asOf.map { " published by \($0)" } ?? "")
  }

  package static func noValue(_ indicator: IndicatorDefinition, _ region: RegionDefinition, _ period: Period, _ language: Language) -> String {
    language == .zh
      ? "\(region.name(.zh))\(indicator.name(.zh))\(Wording.period(period, .zh))无数据"
      : "\(indicator.code) has no value for \(region.code) in \(period)"
  }

  package static func noAnnualValues(_ indicator: IndicatorDefinition, _ region: RegionDefinition, _ language: Language) -> String {
    language == .zh
      ? "\(region.name(.zh))\(indicator.name(.zh))没有年度数据"
      : "\(indicator.code) has no annual values for \(region.code)"
  }

  /// `2013 2014 2015`: years as a list.
  package static func years(_ years: [Int]) -> String { years.map(String.init).joined(separator: " ") }

  /// What a fit rests on: `… · loglinear trend on 11 annual values: 2013 … 2023`.
  package static func fitBasis(_ series: String, model: String, years: [Int], _ language: Language) -> String {
    language == .zh
      ? "\(series) · \(model)趋势，基于\(years.count)个年度值：\(Self.years(years))"
      : "\(series) · \(model) trend on \(years.count) annual values: \(Self.years(years))"
  }

  package static func skippedDerived(_ count: Int, years: [Int], _ language: Language) -> String {
    language == .zh
      ? "跳过\(count)个推算值：\(Self.years(years))"
      : "skipped \(count) derived value(s): \(Self.years(years))"
  }

  /// `2023 超100`, the bounds a fit or forecast used as written.
  package static func boundsUsed(_ bounds: [String], _ language: Language) -> String {
    language == .zh
      ? "\(bounds.count)个区间值（超/约/近）按所写数值使用：\(bounds.joined(separator: "，"))"
      : "used \(bounds.count) bound(s) as exact values: \(bounds.joined(separator: ", "))"
  }

  package static func notUsed(_ count: Int, _ language: Language) -> String {
    language == .zh ? "（\(count)个非年度或范围外的值未使用）" : "(\(count) non-annual or out-of-range values not used)"
  }

  /// What a forecast rests on.
  package static func forecastBasis(
    _ series: String, unit: String, count: Int, first: Int, last: Int, method: String, chosen: String?, intervals: String,
    _ language: Language
  ) -> String {
    let model = method + (chosen.map { " (\($0))" } ?? "")
    return language == .zh
      ? "\(series) · \(unit) · \(first)–\(last)年\(count)个年度值 · 方法 \(model) · 区间：\(intervalMethod(intervals, language))"
      : "\(series) · \(unit) · \(count) annual values \(first)–\(last) · model \(model) · intervals: \(intervals)"
  }

  /// How a forecast's intervals were made, in words; the method's own description in English.
  package static func intervalMethod(_ method: String, _ language: Language) -> String {
    guard language == .zh else { return method }
    let count = method.split { !$0.isNumber }.first.map(String.init) ?? ""
    if method.hasPrefix("calibrated") { return "按本序列\(count)个回测误差校准" }
    if method.hasPrefix("pooled prior") { return "汇总先验（回测误差\(count)个，不足以校准）" }
    return "模型区间"
  }

  package static func filledGaps(_ years: [Int], _ language: Language) -> String {
    language == .zh ? "缺失年份已插值补齐：\(Self.years(years))" : "filled gaps by interpolation: \(Self.years(years))"
  }

  package static func derivedNotUsed(_ count: Int, _ language: Language) -> String {
    language == .zh ? "（\(count)个推算值未使用）" : "(\(count) derived value(s) not used)"
  }

  package static func boundsAsWritten(_ years: [Int], _ language: Language) -> String {
    language == .zh
      ? "\(Self.years(years))年的区间值（超/约/近）按所写数值使用"
      : "used bounds (超/约/近) as written for \(Self.years(years))"
  }

  package static func autoFallsBack(_ count: Int, to model: String, _ language: Language) -> String {
    language == .zh
      ? "仅有\(count)个年度值：auto 退回 \(model)"
      : "only \(count) annual values: auto falls back to \(model)"
  }

  package static func forecastAll(done: Int, of total: Int, method: String, failed: Int, saved: Bool, _ language: Language) -> String {
    if language == .zh {
      return "用 \(method) 预测了\(total)个序列中的\(done)个" + (failed > 0 ? "（\(failed)个没有年度数据）" : "") + (saved ? "；已保存" : "")
    }
    return "forecast \(done) of \(total) series with \(method)\(failed > 0 ? " (\(failed) had no annual values)" : "")\(saved ? "; saved" : "")"
  }

  /// A file written: `out.svg: 11 values, 5-year forecast`.
  package static func chartWritten(values: Int, horizon: Int, _ language: Language) -> String {
    language == .zh ? "\(values)个数值，预测\(horizon)年" : "\(values) values, \(horizon)-year forecast"
  }

  package static func targetsWritten(_ count: Int, _ language: Language) -> String {
    language == .zh ? "\(count)个目标" : "\(count) targets"
  }

  package static func unknownIndicator(_ name: String, nearest: [String], _ language: Language) -> String {
    (language == .zh ? "没有名为 '\(name)' 的指标；`indicators list` 列出已有指标" : "no indicator called '\(name)'; `indicators list` shows what there is")
      + didYouMean(nearest, language)
  }

  package static func unknownRegion(_ name: String, nearest: [String], _ language: Language) -> String {
    (language == .zh ? "没有名为 '\(name)' 的地区" : "no region called '\(name)'") + didYouMean(nearest, language)
  }

  /// `did you mean 'forecast'?`
  package static func didYouMean(_ candidates: [String], _ language: Language) -> String {
    guard !candidates.isEmpty else { return "" }
    let list = candidates.map { "'\($0)'" }.joined(separator: language == .zh ? "、" : ", ")
    return language == .zh ? "（是否要找 \(list)？）" : " (did you mean \(list)?)"
  }
}
