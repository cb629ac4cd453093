/// What `init`, `import`, `extract` and the catalogue commands say about what they did, in
/// Chinese and English. The English sentences are the ones scripts and tests have always read.
extension Messages {
  /// What both stores' importers say of a row that gives another value for the key of an earlier
  /// row. In English, as every store error is; Messages+InputErrors gives its Chinese.
  package static func contradictoryRow(
    value: Double, indicator: String, region: String, period: String, earlierLine: Int, earlierValue: Double
  ) -> String {
    "this row gives \(ValueFormatting.shortest(value)) for \(indicator) \(region) \(period) but line \(earlierLine) gives \(ValueFormatting.shortest(earlierValue)) with the same source, date and locator; keep one, or tell them apart by published date or locator"
  }

  /// `long` or `wide` layout as a reader names it.
  package static func layout(_ layout: String, _ language: Language) -> String {
    guard language == .zh else { return "\(layout) layout" }
    return layout == "wide" ? "宽表" : "长表"
  }

  /// `file: 3 added, 1 new vintages, 0 unchanged (long layout, UTF-8)`.
  package static func imported(
    _ file: String, added: Int, revised: Int, unchanged: Int, layout: String, encoding: String, _ language: Language
  ) -> String {
    language == .zh
      ? "\(file)：新增\(added)个值，新版本\(revised)个，未变\(unchanged)个（\(Self.layout(layout, .zh))，\(encoding) 编码）"
      : "\(file): \(added) added, \(revised) new vintages, \(unchanged) unchanged (\(layout) layout, \(encoding))"
  }

  /// What `--dry-run` says of a file that would import.
  package static func checked(_ file: String, values: Int, layout: String, _ language: Language) -> String {
    language == .zh
      ? "\(file)：\(values)个值（\(Self.layout(layout, .zh))）格式正确，与目录相符（试运行：未写入任何内容）"
      : "\(file): \(values) values in \(layout) layout are well-formed and match the catalogue (dry run: nothing written)"
  }

  package static func targetRowsSkipped(_ count: Int, _ language: Language) -> String {
    language == .zh ? "  跳过\(count)行规划目标" : "  \(count) target rows skipped"
  }

  /// `  2 rows say no data (—, - or empty) and were skipped: lines 4, 9`.
  package static func noDataRows(_ lines: [Int], _ language: Language) -> String {
    let shown = lines.prefix(20).map(String.init).joined(separator: language == .zh ? "、" : ", ")
    let more = lines.count > 20 ? andMore(lines.count - 20, language) : ""
    if language == .zh { return "  \(lines.count)行无数据（—、- 或空），已跳过：第\(shown)\(more)行" }
    let one = lines.count == 1
    return "  \(lines.count) \(one ? "row says" : "rows say") no data (—, - or empty) and \(one ? "was" : "were") skipped: \(one ? "line" : "lines") \(shown)\(more)"
  }

  /// ` … and 3 more`.
  package static func andMore(_ count: Int, _ language: Language) -> String {
    language == .zh ? " …… 另有\(count)个" : " … and \(count) more"
  }

  /// Entries an import created, named by their codes until someone names them.
  package static func newEntries(_ codes: String, region: Bool, _ language: Language) -> String {
    let command = region ? "region" : "indicator"
    if language == .zh {
      return "  新\(region ? "地区" : "指标")：\(codes)（暂以代码为名：`indicators \(command) rename 代码 --zh 名称 --en 英文名`）"
    }
    return "  new \(command)s: \(codes) (named by their codes: `indicators \(command) rename CODE --zh 名称 --en Name`)"
  }

  /// One revised value: `gdp mianyang 2023: 4038.73 → 4096 (vintage 2025-01-20)`, or the
  /// current value kept when the new vintage is older.
  package static func revision(series: String, previous: String, value: String, vintage: String?, keptCurrent: Bool, _ language: Language) -> String {
    if language == .zh {
      let version = vintage.map { "\($0)版" } ?? "无日期"
      if keptCurrent { return "\(series)：保留\(previous)（来源更新）；\(value)（\(version)）记为较早版本" }
      return "\(series)：\(previous) → \(value)（\(version)）"
    }
    let version = vintage.map { "vintage \($0)" } ?? "undated"
    if keptCurrent { return "\(series): kept \(previous) (newer source); \(value) (\(version)) recorded as an earlier version" }
    return "\(series): \(previous) → \(value) (\(version))"
  }

  /// `init`: `x.sqlite: catalogue has 40 indicators and 12 regions (40 and 12 new)`.
  package static func catalogueLoaded(_ path: String, indicators: Int, regions: Int, new: (Int, Int), _ language: Language) -> String {
    language == .zh
      ? "\(path)：目录有\(indicators)个指标、\(regions)个地区（新增\(new.0)个指标、\(new.1)个地区）"
      : "\(path): catalogue has \(indicators) indicators and \(regions) regions (\(new.0) and \(new.1) new)"
  }

  package static func planTargetsLoaded(_ file: String, _ count: Int, _ language: Language) -> String {
    language == .zh ? "\(file)：\(count)个规划目标" : "\(file): \(count) plan targets"
  }

  /// `extract`: `a.txt: 12 figures (2 to review, 1 targets, 0 derived)`.
  package static func extracted(_ file: String, figures: Int, review: Int, targets: Int, derived: Int, _ language: Language) -> String {
    language == .zh
      ? "\(file)：\(figures)个数字（待核对\(review)个，目标\(targets)个，推算\(derived)个）"
      : "\(file): \(figures) figures (\(review) to review, \(targets) targets, \(derived) derived)"
  }

  /// What `extract` read from a text itself when no flag gave it.
  package static func extractContext(_ file: String, region: String?, year: Int?, _ language: Language) -> String {
    let parts = [region.map { language.pick("地区 \($0)", "region \($0)") }, year.map { language.pick("年份 \($0)", "year \($0)") }].compactMap { $0 }
    return language.pick("\(file)：据正文取\(parts.joined(separator: "，"))", "\(file): \(parts.joined(separator: ", ")) read from the text")
  }

  /// A text whose region (or year) neither the flags nor the text give.
  package static func extractMissing(_ file: String, region: Bool, _ language: Language) -> String {
    region
      ? language.pick(
        "\(file)：正文没有说明是哪个地区的数据（标题和开头都没有地名）；请用 --region 指定，如 --region deyang",
        "\(file): the text does not say which region it is about (no place in its title or opening lines); give --region CODE, e.g. --region deyang")
      : language.pick(
        "\(file)：正文没有说明年份（标题和开头都没有“2023年”之类）；请用 --published 或 --year 指定",
        "\(file): the text does not say which year it reports (no year in its title or opening lines); give --published DATE or --year YEAR")
  }

  package static func rows(_ count: Int, _ language: Language) -> String {
    language == .zh ? "\(count)行" : "\(count) rows"
  }

  /// A catalogue file read: `regions.csv: 2 regions added, 1 updated, 3 unchanged`.
  package static func catalogueFile(
    _ file: String, added: [String], updated: [String], unchanged: Int, region: Bool, list: ([String]) -> String, _ language: Language
  ) -> String {
    if language == .zh {
      var text = "\(file)：新增\(added.count)个\(region ? "地区" : "指标")，更新\(updated.count)个，未变\(unchanged)个"
      if !added.isEmpty { text += "\n  新增：\(list(added))" }
      if !updated.isEmpty { text += "\n  更新：\(list(updated))" }
      return text
    }
    let noun = region ? "region" : "indicator"
    var text = "\(file): \(added.count) \(added.count == 1 ? noun : noun + "s") added, \(updated.count) updated, \(unchanged) unchanged"
    if !added.isEmpty { text += "\n  added: \(list(added))" }
    if !updated.isEmpty { text += "\n  updated: \(list(updated))" }
    return text
  }

  /// `added region yibin 宜宾市 (Yibin), in sichuan, also 宜宾`.
  package static func region(_ region: RegionDefinition, _ what: CatalogueChange, _ language: Language) -> String {
    if language == .zh {
      let said = what.pick("已添加地区", "地区现为", "地区")
      return "\(said) \(region.code) \(region.nameZh)" + (region.parent.map { "，隶属 \($0)" } ?? "")
        + (region.aliases.isEmpty ? "" : "，别名 \(region.aliases.joined(separator: "、"))")
    }
    let said = what.pick("added region", "region now", "region")
    return "\(said) \(region.code) \(region.nameZh) (\(region.nameEn))" + (region.parent.map { ", in \($0)" } ?? "")
      + (region.aliases.isEmpty ? "" : ", also \(region.aliases.joined(separator: ", "))")
  }

  package static func indicator(_ indicator: IndicatorDefinition, _ what: CatalogueChange, _ language: Language) -> String {
    if language == .zh {
      let said = what.pick("已添加指标", "指标现为", "指标")
      return "\(said) \(indicator.code) \(indicator.nameZh)，\(indicator.unit.symbol)，\(Wording.measureKind(indicator.measureKind, .zh))"
        + (indicator.aliases.isEmpty ? "" : "，别名 \(indicator.aliases.joined(separator: "、"))")
    }
    let said = what.pick("added indicator", "indicator now", "indicator")
    return "\(said) \(indicator.code) \(indicator.nameZh) (\(indicator.nameEn)), \(indicator.unit.symbol), \(indicator.measureKind.rawValue)"
      + (indicator.aliases.isEmpty ? "" : ", also \(indicator.aliases.joined(separator: ", "))")
  }

  /// What a catalogue command did to one entry.
  package enum CatalogueChange: Sendable {
    case added, renamed, aliased

    /// The words for this change, of those for each.
    func pick(_ added: String, _ renamed: String, _ aliased: String) -> String {
      switch self {
      case .added: added
      case .renamed: renamed
      case .aliased: aliased
      }
    }
  }

  /// How a date is written, after a date that could not be read.
  package static func dateHint(_ language: Language) -> String {
    language == .zh
      ? "请写成 2024-02-02、2024-02 或 2024（\(SupportedRange.years.lowerBound)–\(SupportedRange.years.upperBound)年）"
      : CalendarDate.formatHint
  }

  package static func defaultRegion(_ region: RegionDefinition, _ language: Language) -> String {
    language == .zh ? "默认地区：\(region.code)（\(region.nameZh)）" : "default region: \(region.code) (\(region.nameZh))"
  }
}
