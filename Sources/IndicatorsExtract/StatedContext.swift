import IndicatorsCore

/// What a text says about itself: which region it is about, which year its 全年/今年 mean, and
/// when it was published. Read when the caller gives no `--region` / `--published`.
package struct StatedContext: Equatable, Sendable {
  /// The region code, from the title, else the opening lines, else the region named most often.
  package var region: String?
  /// The year the document's 全年 and 前三季度 refer to, as its title states it (or a plan's first year).
  package var year: Int?
  /// The first year written in the opening three lines: weaker than the title's or a publication
  /// date's (a press release's second line may name the year it compares with).
  package var openingYear: Int?
  /// The year written most often (`2023年`), a weaker guess than `year` or a publication date.
  package var frequentYear: Int?
  /// A date printed in the text's first or last lines (`2024年3月20日`, `2024-03-20`).
  package var published: CalendarDate?

  /// The year to read 全年 against before the text states one: the publication year when known
  /// (the text's own years then set the period as they are read), else the title's, else the
  /// opening lines', else the printed date's, else the year written most often. Measured on the
  /// corpus: taking the title's year before a known publication year lost figures on both splits.
  /// A text that writes no year and reports a whole year that is over (年度成绩单, 全年…) reads
  /// against the year before its publication: a year's figures come out after it ends.
  package func documentYear(published: Int?) -> Int? {
    if let published { return statesNoYear && reportsPastYear ? published - 1 : published }
    return year ?? openingYear ?? self.published?.year ?? frequentYear
  }

  /// Whether the text writes no year at all (no 2023年 in its title, its opening or its body).
  var statesNoYear: Bool { year == nil && openingYear == nil && frequentYear == nil && self.published == nil }

  /// The year the text was written in, for 今年 and 去年: the publication year, else the year of a
  /// date it prints, else `documentYear`.
  package func writtenYear(published: Int?) -> Int? {
    if let year = published ?? self.published?.year { return year }
    guard let year = documentYear(published: nil) else { return nil }
    return reportsPastYear ? year + 1 : year
  }

  /// Whether the text reports a whole year that is over (a bulletin, an annual review, a work
  /// report's look back) rather than part of a year or a plan: then it was written the year after.
  package var reportsPastYear = false

  /// Reads the context of `text` against the catalogue's regions and the gazetteer.
  ///
  /// - Region: of the places the title names (its first line, when at most 80 characters), the
  ///   narrowest (`江苏省苏州市…公报` → `suzhou`); else the first place named as a subject in the
  ///   first 160 characters; else the place named most often, when named at least twice. Offices
  ///   count (`苏州市统计局` says the figures are Suzhou's).
  /// - Year: the title's year; a work report's title year is the year it is delivered in, which
  ///   is also its 今年; else a plan's first year (十四五规划 → 2021). `openingYear` is the first year
  ///   of the opening lines and `frequentYear` the most frequent `YYYY年`: weaker guesses, for
  ///   `documentYear` to fall back on.
  package static func read(_ text: String, regions: [RegionDefinition], places: [RegionDefinition]) -> StatedContext {
    read(text, names: PlaceNames(regions: regions, places: places))
  }

  /// The catalogue's regions and the gazetteer's places as names to find, built once for many texts.
  package struct PlaceNames: Sendable {
    let resolver: RegionResolver
    /// Cities by their name without 市 (中山, 大同), which the body's names leave out because many
    /// are also words (中山路): a title that names its city is read with them.
    let shortCityNames: PhraseTable<String>
    /// Districts and counties by their name without 区 or 县 (万州, 江津), only where one place has it:
    /// a title (【一图读懂】万州一季度经济…) names its district so.
    let shortDistrictNames: PhraseTable<String>
    package init(regions: [RegionDefinition], places: [RegionDefinition]) {
      resolver = RegionResolver(document: "", regions: regions, places: places)
      var cities: [String: Set<String>] = [:], districts: [String: Set<String>] = [:]
      for place in regions + places {
        let scope = RegionResolver.scope(of: place)
        let short = String(place.nameZh.dropLast())
        guard short.count >= 2 else { continue }
        if place.nameZh.hasSuffix("市"), scope == .city { cities[short, default: []].insert(place.code) }
        if place.nameZh.hasSuffix("区") || place.nameZh.hasSuffix("县"), scope == .district { districts[short, default: []].insert(place.code) }
      }
      var cityTable = PhraseTable<String>(), districtTable = PhraseTable<String>()
      for (short, codes) in cities where codes.count == 1 { cityTable.add(short, codes.first!) }
      for (short, codes) in districts where codes.count == 1 && cities[short] == nil { districtTable.add(short, codes.first!) }
      shortCityNames = cityTable
      shortDistrictNames = districtTable
    }
  }

  package static func read(_ text: String, names: PlaceNames) -> StatedContext {
    let resolver = names.resolver
    let normalized = NormalizedText(text).scalars
    let lines = split(normalized)
    let title = lines.first.flatMap { $0.count <= 80 ? $0 : nil } ?? []
    let published = printedDate(lines)
    let shortTitle = title.count <= 40 && !title.contains("。")
    var region = region(title: title, opening: Array(normalized.prefix(160)), whole: normalized, resolver: resolver)
      ?? (shortTitle ? names.shortCityNames.matches(title, in: 0..<title.count).first?.value : nil)
    // 江津今后五年怎么干 with 重庆 in the body: the district the title names, inside that region.
    if shortTitle, let district = names.shortDistrictNames.matches(title, in: 0..<title.count).first?.value,
      region == nil || region.map({ resolver.isWithin(district, $0) && district != $0 }) == true,
      places(in: title, resolver: resolver).isEmpty
    {
      region = district
    }
    return StatedContext(
      region: region,
      year: year(title: title, whole: normalized), openingYear: lines.prefix(3).lazy.compactMap({ years(in: $0).first }).first,
      frequentYear: frequentYear(normalized), published: published,
      reportsPastYear: reportsPastYear(title: title, head: Array(normalized.prefix(300))))
  }

  static func split(_ t: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    t.split(separator: "\n").map { line in Array(line.drop { $0 == " " }) }.filter { !$0.isEmpty }
  }

  /// Places named in `t` with a code, left to right.
  static func places(in t: [Unicode.Scalar], resolver: RegionResolver) -> [(range: Range<Int>, code: String)] {
    resolver.phrases.matches(t, in: 0..<t.count).compactMap { m in
      if case .code(let code) = m.value { return (m.range, code) }
      return nil
    }
  }

  static func region(title: [Unicode.Scalar], opening: [Unicode.Scalar], whole: [Unicode.Scalar], resolver: RegionResolver) -> String? {
    var named = places(in: title, resolver: resolver)
    // 北京市朝阳区: a name two places share, told apart by the place named with it.
    for shared in resolver.sharedNames.matches(title, in: 0..<title.count) {
      let within = shared.value.filter { code in named.contains { resolver.isWithin(code, $0.code) } }
      if within.count == 1 { named.append((shared.range, within[0])) }
    }
    if let narrowest = named.max(by: { depth($0.code, resolver) < depth($1.code, resolver) }) { return narrowest.code }
    // The first place the opening names, as the subject or as the office that speaks
    // (潍坊市人民政府新闻办公室举行…), but not one compared with (高于全省).
    let mentions = SentenceReading.regionMentions(opening, resolver: resolver)
    if let first = mentions.first(where: { m in
      !m.scope && !SentenceReading.relativeBefore.contains { NumberScanner.endsWith(opening, $0, before: m.range.lowerBound) }
    }) {
      return first.code
    }
    var counts: [String: Int] = [:]
    for m in SentenceReading.regionMentions(whole, resolver: resolver) where m.subject && !m.scope { counts[m.code, default: 0] += 1 }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 2 else { return nil }
    return best.key
  }

  /// How many parents a place has below the nation: a province 1, a prefecture 2, a county 3.
  static func depth(_ code: String, _ resolver: RegionResolver) -> Int {
    var n = 0
    var current: String? = code
    while let c = current, n < 8, let p = resolver.parentCode(of: c) { n += 1; current = p }
    return n
  }

  static func year(title: [Unicode.Scalar], whole: [Unicode.Scalar]) -> Int? {
    if let y = years(in: title).first { return y }
    let isPlan = NumberScanner.contains(title, "规划") || NumberScanner.contains(title, "纲要")
    // 南阳这十年(2012—2022): a look back is written in the span's last year; a plan's span
    // (规划(2021-2025年)) starts in the year it is written.
    if let span = yearSpan(in: title) { return isPlan ? span.first : span.last }
    let head = title + Array(whole.prefix(200))
    let planPeriods = [("十四五", 2021, 2025), ("十五五", 2026, 2030), ("十三五", 2016, 2020), ("十二五", 2011, 2015)]
    for (plan, firstYear, _) in planPeriods where isPlan && NumberScanner.contains(head, plan) {
      return firstYear
    }
    // 「十四五」廣東成就‧珠海專場:五年答卷: a plan period's results, told in its last year.
    for (plan, _, lastYear) in planPeriods where NumberScanner.contains(title, plan)
      && ["成就", "答卷", "回顾", "五年来", "成绩", "成效"].contains(where: { NumberScanner.contains(title, $0) })
    {
      return lastYear
    }
    return nil
  }

  /// Words of a whole year's results, and of part of a year or of a plan.
  static let pastYearWords = ["统计公报", "全年", "年末", "过去一年", "去年", "回顾", "年度", "年报", "成绩单"]
  static let currentYearWords = ["前三季度", "上半年", "一季度", "1-", "计划", "规划", "目标", "今年", "预期"]

  static func reportsPastYear(title: [Unicode.Scalar], head: [Unicode.Scalar]) -> Bool {
    // 2025年政府工作报告: the title's year is the year it is delivered in.
    if !years(in: title).isEmpty, NumberScanner.contains(title, "政府工作报告") { return false }
    if currentYearWords.contains(where: { NumberScanner.contains(title, $0) }) { return false }
    return pastYearWords.contains { NumberScanner.contains(title, $0) || NumberScanner.contains(head, $0) }
      && !["前三季度", "上半年", "一季度", "1-"].contains { NumberScanner.contains(head, $0) }
  }

  static func frequentYear(_ whole: [Unicode.Scalar]) -> Int? {
    var counts: [Int: Int] = [:]
    for y in years(in: whole) { counts[y, default: 0] += 1 }
    return counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key
  }

  /// Four-digit years written `2023年` (also `2023 年`), in order; a plan's horizon (到2025年,
  /// 力争2025年) is not the text's year and is left out.
  static func years(in t: [Unicode.Scalar]) -> [Int] {
    var found: [Int] = []
    var i = 0
    while i + 4 < t.count {
      if (i == 0 || !NumberScanner.isDigit(t[i - 1])), (0..<4).allSatisfy({ NumberScanner.isDigit(t[i + $0]) }),
        !NumberScanner.isDigit(t[i + 4])
      {
        var j = i + 4
        while j < t.count, t[j] == " " { j += 1 }
        let horizon = ["到", "至", "力争", "争取", "预计"].contains { NumberScanner.endsWith(t, $0, before: i) }
        if j < t.count, t[j] == "年", !horizon, let y = Int(String(String.UnicodeScalarView(t[i..<i + 4]))), SupportedRange.years.contains(y) {
          found.append(y)
        }
        i += 4
        continue
      }
      i += 1
    }
    return found
  }

  /// The first `2012-2022` (or `2012—2022年`) in `t`: two years, the second later.
  static func yearSpan(in t: [Unicode.Scalar]) -> (first: Int, last: Int)? {
    func year(at i: Int) -> Int? {
      guard i + 4 <= t.count, (0..<4).allSatisfy({ NumberScanner.isDigit(t[i + $0]) }), i + 4 == t.count || !NumberScanner.isDigit(t[i + 4]),
        i == 0 || !NumberScanner.isDigit(t[i - 1]), let y = Int(String(String.UnicodeScalarView(t[i..<i + 4]))), SupportedRange.years.contains(y)
      else { return nil }
      return y
    }
    var i = 0
    while i + 9 <= t.count {
      if let a = year(at: i), t[i + 4] == "-" || t[i + 4] == "~" || t[i + 4] == "至", let b = year(at: i + 5), b > a { return (a, b) }
      i += 1
    }
    return nil
  }

  /// A full date in the first three or the last three lines (a dateline or a signature).
  static func printedDate(_ lines: [[Unicode.Scalar]]) -> CalendarDate? {
    for line in lines.prefix(3) + lines.suffix(3) {
      var i = 0
      while i + 8 <= line.count {
        if NumberScanner.isDigit(line[i]), i == 0 || !NumberScanner.isDigit(line[i - 1]) {
          var j = i
          while j < line.count, j < i + 12, NumberScanner.isDigit(line[j]) || "年月日-/.".unicodeScalars.contains(line[j]) { j += 1 }
          let candidate = String(String.UnicodeScalarView(line[i..<j]))
          let parts = candidate.split(whereSeparator: { !$0.isNumber })
          if parts.count == 3, parts[0].count == 4, let date = CalendarDate(parsing: candidate) { return date }
          i = max(j, i + 1)
          continue
        }
        i += 1
      }
    }
    return nil
  }
}
