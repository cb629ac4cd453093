import IndicatorsCore

/// A number with its unit and qualifier words, as found in a sentence.
struct NumberToken {
  /// From the first qualifier word (超, 约, 近, 第) to the last (余, 以上, 左右, 位).
  var range: Range<Int>
  var figure: Figure
  /// The number as written, without grouping characters (`4600.66`, `1.02万`).
  var text: String
  var unit: String
  var isRank = false
  /// Numbers written as one list (`6.1%、7.3%和5.2%`, `4和3.2个百分点`) share a group.
  var group = 0
}

/// What a four-digit year in the text means.
struct YearMention {
  /// `prices`: the year of the prices a growth rate is measured in (按2020年不变价格计算).
  enum Role { case current, due, base, prices }
  var range: Range<Int>
  var year: Int
  var role: Role
}

/// Finds numbers, years and ranks in one sentence.
enum NumberScanner {
  static let units: [[Unicode.Scalar]] = {
    var symbols = MeasurementUnit.catalog.keys.filter { s in s.unicodeScalars.allSatisfy { !$0.isASCII || $0 == "%" } }
    symbols.removeAll { $0 == "名" || $0 == "名次" || $0 == "位" || $0 == "万名" }
    symbols.append(contentsOf: ["亿美元", "万亿元"])
    return Set(symbols).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }()
  static let atLeastBefore = words(["超过", "超", "突破", "逾", "多于"])
  static let aboutBefore = words(["大约", "约为", "约"])
  static let belowBefore = words(["接近", "将近", "近", "不到", "不足"])
  static let qualifierAfter = words(["以上", "左右", "上下", "多", "以内", "以下"])
  // 8个月 is a duration, not eight of something.
  static let notAUnitAfter: Set<Unicode.Scalar> = ["次", "米", "时", "方", "里", "瓦", "平", "月"]
  static let listJoiners: Set<Unicode.Scalar> = ["、", "和", "与", "及", ","]
  static let qualifierMarks: Set<Unicode.Scalar> = ["超", "约", "近"]
  static let notRanked: Set<Unicode.Scalar> = ["批", "届", "次", "年", "季", "个", "产"]
  static let dateAfter: Set<Unicode.Scalar> = ["月", "日", "号", "届", "批", "期", "季", "天", "周", "岁", "点", "时", "版", "轮", "代", "大", "条", "张", "名", "人", "位"]

  static func words(_ list: [String]) -> [[Unicode.Scalar]] {
    list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }

  static func has(_ t: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= t.count else { return false }
    for k in 0..<word.count where t[i + k] != word[k] { return false }
    return true
  }

  static func endsWith(_ t: [Unicode.Scalar], _ word: [Unicode.Scalar], before i: Int) -> Bool {
    has(t, word, at: i - word.count)
  }

  /// `word` starts at `i`, compared scalar by scalar without building an array.
  /// Where `word` last starts inside `range` of `t` (all of `t` when no range is given).
  static func lastIndex(of word: String, in t: [Unicode.Scalar], _ range: Range<Int>? = nil) -> Int? {
    let range = range ?? 0..<t.count
    var i = range.upperBound - word.unicodeScalars.count
    while i >= range.lowerBound {
      if has(t, word, at: i) { return i }
      i -= 1
    }
    return nil
  }

  static func contains(_ t: [Unicode.Scalar], _ word: String) -> Bool { lastIndex(of: word, in: t) != nil }

  static func has(_ t: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
    guard i >= 0 else { return false }
    var k = i
    for s in word.unicodeScalars {
      guard k < t.count, t[k] == s else { return false }
      k += 1
    }
    return true
  }

  static func endsWith(_ t: [Unicode.Scalar], _ word: String, before i: Int) -> Bool {
    has(t, word, at: i - word.unicodeScalars.count)
  }

  /// Reads digits from `i`: `4600.66`, `1,234`, `4 600.66`. Returns the digits and the end.
  static func readNumber(_ t: [Unicode.Scalar], from start: Int) -> (String, Int) {
    var text = ""
    var i = start
    var sawPoint = false
    while i < t.count {
      let s = t[i]
      if isDigit(s) { text.unicodeScalars.append(s); i += 1; continue }
      if s == ".", !sawPoint, i + 1 < t.count, isDigit(t[i + 1]) {
        sawPoint = true; text.append("."); i += 1; continue
      }
      // Thousands groups: 1,234 or 4 600 (exactly three digits follow, then no digit).
      if s == "," || s == " ", !sawPoint, i + 3 < t.count,
        isDigit(t[i + 1]), isDigit(t[i + 2]), isDigit(t[i + 3]),
        i + 4 >= t.count || !isDigit(t[i + 4])
      {
        i += 1; continue
      }
      break
    }
    return (text, i)
  }

  /// The numbers, ranks and years of `t` outside the `excluded` ranges (indicator names that
  /// contain numbers, such as 5亿元以上招商项目).
  static func scan(_ t: [Unicode.Scalar], excluded: [Range<Int>]) -> (tokens: [NumberToken], years: [YearMention]) {
    var tokens: [NumberToken] = []
    var years: [YearMention] = []
    var pending: [(Int, String, Int)] = []  // start, digits, end of unit-less list items
    var group = 0
    var i = 0
    func isExcluded(_ p: Int) -> Bool { excluded.contains { $0.contains(p) } }
    while i < t.count {
      let s = t[i]
      // 居全省首位: first.
      if s == "首", i + 1 < t.count, t[i + 1] == "位", !isExcluded(i), let figure = makeFigure(digits: "1", power: "", prefix: "", tail: "", unit: "", suffix: "") {
        tokens.append(NumberToken(range: i..<i + 2, figure: figure, text: "1", unit: "位", isRank: true, group: group))
        group += 1
        i += 2
        continue
      }
      // 一般公共预算收入突破百亿, 迈上千亿台阶: a round magnitude in words, after a verb of passing it.
      if let (figure, text, unit, end) = roundMagnitude(t, at: i), !isExcluded(i),
        let verb = magnitudeVerbs.first(where: { endsWith(t, $0.0, before: i) })
      {
        let start = i - verb.0.unicodeScalars.count
        var figure = figure
        figure.qualifier = verb.1
        tokens.append(NumberToken(range: start..<end, figure: figure, text: text, unit: unit, group: group))
        group += 1
        pending = []
        i = end
        continue
      }
      // Ranks: 第2位, 第一, 第66名.
      if s == "第", i + 1 < t.count, !isExcluded(i) {
        var j = i + 1
        var value: Int?
        var digits = ""
        if isDigit(t[j]) {
          let (d, end) = readNumber(t, from: j)
          if !d.contains(".") { value = Int(d); digits = d; j = end }
        } else if let (n, end) = chineseNumeral(t, from: j) {
          value = n; digits = String(n); j = end
        }
        if let value, value > 0, value < 1000, !(j < t.count && (dateAfter.contains(t[j]) && t[j] != "位" && t[j] != "名" || notRanked.contains(t[j]))) {
          var end = j
          if end < t.count, t[end] == "位" || t[end] == "名" { end += 1 }
          if let figure = try? Figure(parsing: digits) {
            tokens.append(NumberToken(range: i..<end, figure: figure, text: digits, unit: "位", isRank: true, group: group))
            group += 1
          }
          i = end
          continue
        }
      }
      guard isDigit(s), i == 0 || (!isDigit(t[i - 1]) && t[i - 1] != "." && !isLatin(t[i - 1])), !isExcluded(i) else {
        i += 1; continue
      }
      let (digits, numberEnd) = readNumber(t, from: i)
      var j = numberEnd
      // Not figures: 5G, 5+1, X1, dates 2024.4.24, list numbers (1), ranges 1-11月 (periods).
      if j < t.count, isLatin(t[j]) || t[j] == "+" || t[j] == "-" || t[j] == "~" || t[j] == "/" || t[j] == "." || t[j] == ":" { i = skipRun(t, from: j); pending = []; continue }
      // 人口自然增长率为-0.61‰: a minus sign after 为/是/colon is the number's own; elsewhere a
      // dash joins a range (1-11月) or a code.
      let negative = i > 1 && t[i - 1] == "-" && "为是：:".unicodeScalars.contains(t[i - 2])
      if i > 0, t[i - 1] == "+" || t[i - 1] == "-" && !negative || t[i - 1] == "/" { i = j; continue }
      if i > 0, t[i - 1] == "(", j < t.count, t[j] == ")" { i = j + 1; continue }
      // Years.
      if digits.count == 4, !digits.contains("."), let year = Int(digits), (1949...2100).contains(year),
        j >= t.count || !startsUnit(t, at: j)
      {
        let before = i >= 1 ? t[i - 1] : " "
        let before2 = i >= 2 ? String(String.UnicodeScalarView([t[i - 2], t[i - 1]])) : ""
        var role = YearMention.Role.current
        if "比较同自从与".unicodeScalars.contains(before) || before2 == "相比" { role = .base }
        // 从2012年的2233亿元起步: the year of the figure that follows, not one compared with.
        if before == "从", has(t, "年的", at: j) { role = .current }
        if before == "到" || before == "至" || before2 == "力争" { role = .due }
        var end = j
        if end < t.count, t[end] == "年" { end += 1 }
        // 按2020年不变价格计算, 以2015年为基期: the prices the growth is measured in, not its period.
        if before == "按" || before == "以", has(t, "不变价", at: end) || has(t, "价格", at: end) || has(t, "可比价", at: end)
          || has(t, "为基", at: end)
        {
          role = .prices
        }
        if has(t, "以来", at: end) || has(t, "基础上", at: end)
          || has(t, "同期", at: end) || has(t, "相比", at: end)
        {
          role = .base
        }
        // 2025年4月7日 is a date (of publication, of a meeting), not the period read.
        if end < t.count, isDigit(t[end]) {
          let (_, monthEnd) = readNumber(t, from: end)
          if monthEnd < t.count, t[monthEnd] == "月" {
            let (_, dayEnd) = readNumber(t, from: monthEnd + 1)
            if dayEnd > monthEnd + 1, dayEnd < t.count, t[dayEnd] == "日" || t[dayEnd] == "号" { role = .base }
          }
        }
        years.append(YearMention(range: i..<end, year: year, role: role))
        i = end
        pending = []
        continue
      }
      // 城镇新增就业56401人: persons right after an indicator's name are a figure, not a date word.
      // So are a hundred persons or more after any name: 全年出生人口5709人, 失业人员再就业8314人.
      let countsPersons = j < t.count && t[j] == "人"
        && (excluded.contains { $0.upperBound <= i && i - $0.upperBound <= 2 }
          || digits.count >= 3 && !digits.hasPrefix("0") && i > 0 && NormalizedText.isWide(t[i - 1]) && !NormalizedText.isClauseMark(t[i - 1]))
      if j < t.count, dateAfter.contains(t[j]), !countsPersons { i = j + 1; pending = []; continue }
      // Powers and 余/多 between the number and the unit: 1.02万亿元, 2900余家, 120余项.
      var written = digits
      var tail = ""
      for power in ["万亿", "亿", "万"] where has(t, Array(power.unicodeScalars), at: j) {
        // 万 or 亿 that begins a unit (万元, 亿元) stays with the unit.
        let rest = j + power.unicodeScalars.count
        if startsUnit(t, at: j) { break }
        written += power
        j = rest
        break
      }
      if j < t.count, t[j] == "余" || t[j] == "多" { tail = String(t[j]); j += 1 }
      // GDP突破6万亿，…: 亿 or 万亿 at a clause's end stands for 亿元.
      if (written.hasSuffix("亿")), unitLength(t, at: j) == nil, j >= t.count || NormalizedText.isClauseMark(t[j]) || t[j] == "、" || t[j] == "。" {
        let power = written.hasSuffix("万亿") ? "万亿" : "亿"
        written = String(written.dropLast(power.count))
        let unit = power + "元"
        var start = i
        var prefix = ""
        for word in atLeastBefore + aboutBefore + belowBefore where endsWith(t, word, before: i) {
          prefix = String(String.UnicodeScalarView(word)); start = i - word.count; break
        }
        if let figure = makeFigure(digits: digits, power: "", prefix: prefix, tail: tail, unit: unit, suffix: "") {
          tokens.append(NumberToken(range: start..<j, figure: figure, text: written + tail, unit: unit, group: group))
          group += 1
        }
        pending = []
        i = j
        continue
      }
      // 1.5个和1.0个百分点: the first item's 个 is the last item's unit cut short.
      if tail.isEmpty, j + 2 < t.count, t[j] == "个", listJoiners.contains(t[j + 1]), isDigit(t[j + 2]) {
        pending.append((i, written, j + 1))
        i = j + 1
        continue
      }
      guard let unitLength = unitLength(t, at: j) else {
        // A list item whose unit comes with the last item: 4和3.2个百分点.
        if tail.isEmpty, j < t.count, listJoiners.contains(t[j]), j + 1 < t.count,
          isDigit(t[j + 1]) || qualifierMarks.contains(t[j + 1])
        {
          pending.append((i, written, j))
        } else {
          pending = []
        }
        i = max(j, i + 1)
        continue
      }
      let unit = String(String.UnicodeScalarView(t[j..<j + unitLength]))
      j += unitLength
      // 年主营业务收入2000万元及以上的工业法人单位: a bulletin's note on what is counted, not a figure.
      if unit != "%", has(t, "及以上", at: j) { i = j + 3; pending = []; continue }
      var suffix = ""
      for word in qualifierAfter where has(t, word, at: j) {
        suffix = String(String.UnicodeScalarView(word)); j += word.count; break
      }
      // 5亿元以上项目: a threshold that names a kind of project, not a figure.
      if suffix == "以上", isThreshold(t, from: j) { i = j; pending = []; continue }
      // 年产值超10亿元的工业企业151家: the bar a kind of firm clears, not a figure.
      let cleared = suffix == "以上" || suffix.isEmpty && (endsWith(t, "超", before: i) || endsWith(t, "超过", before: i))
      if cleared, j < t.count, t[j] == "的", isThreshold(t, from: j + 1) {
        i = j; pending = []; continue
      }
      var start = i
      var prefix = ""
      for word in atLeastBefore + aboutBefore + belowBefore where endsWith(t, word, before: i) {
        prefix = String(String.UnicodeScalarView(word)); start = i - word.count; break
      }
      // 5.5%以内: at most, read as just below.
      if suffix == "以内" || suffix == "以下" { suffix = ""; if prefix.isEmpty { prefix = "不到" } }
      if negative, prefix.isEmpty { start = i - 1 }
      guard let figure = makeFigure(digits: (negative ? "-" : "") + digits, power: String(written.dropFirst(digits.count)), prefix: prefix, tail: tail, unit: unit, suffix: suffix) else {
        i = j; pending = []; continue
      }
      // Earlier items of the same list take this item's unit.
      var listed: [NumberToken] = []
      var joinedTo = start
      for item in pending.reversed() {
        guard item.2 < joinedTo, (item.2..<joinedTo).allSatisfy({ listJoiners.contains(t[$0]) || qualifierMarks.contains(t[$0]) }) else { break }
        if let f = try? Figure(parsing: item.1 + unit) {
          listed.insert(NumberToken(range: item.0..<item.2, figure: f, text: item.1, unit: unit, group: group), at: 0)
        }
        joinedTo = item.0
      }
      pending = []
      if listed.isEmpty, let last = tokens.last, !last.isRank, last.unit == unit, last.range.upperBound < start,
        (last.range.upperBound..<start).allSatisfy({ listJoiners.contains(t[$0]) })
      {
        group = last.group  // 6.1%、7.3%和5.2%
      } else if !listed.isEmpty {
        tokens.append(contentsOf: listed)
      }
      tokens.append(NumberToken(range: start..<j, figure: figure, text: (negative ? "-" : "") + written + tail, unit: unit, group: group))
      group += 1
      i = j
    }
    return (tokens, years)
  }

  /// The figure a number, its power word (万, 亿), qualifier words and unit make.
  static func makeFigure(digits: String, power: String, prefix: String, tail: String, unit: String, suffix: String) -> Figure? {
    guard var number = DecimalText(digits) else { return nil }
    number = number.scaled(byPowerOfTen: power == "万亿" ? 12 : power == "亿" ? 8 : power == "万" ? 4 : 0)
    var qualifier: Qualifier?
    switch prefix {
    case "超过", "超", "突破", "逾", "多于": qualifier = .atLeast
    case "大约", "约为", "约": qualifier = .about
    case "接近", "将近", "近", "不到", "不足": qualifier = .below
    default:
      if suffix == "以上" || suffix == "多" || !tail.isEmpty { qualifier = .atLeast }
      if suffix == "左右" || suffix == "上下" { qualifier = .about }
    }
    return Figure(number: number, qualifier: qualifier, unit: MeasurementUnit(symbol: unit))
  }

  static func skipRun(_ t: [Unicode.Scalar], from i: Int) -> Int {
    var j = i
    while j < t.count, isDigit(t[j]) || isLatin(t[j]) || "+-~/.:".unicodeScalars.contains(t[j]) { j += 1 }
    return j
  }

  static func startsUnit(_ t: [Unicode.Scalar], at i: Int) -> Bool { unitLength(t, at: i) != nil }

  static func unitLength(_ t: [Unicode.Scalar], at i: Int) -> Int? {
    for unit in units where has(t, unit, at: i) {
      let end = i + unit.count
      if end < t.count, notAUnitAfter.contains(t[end]) { return nil }
      return unit.count
    }
    return nil
  }

  static func isThreshold(_ t: [Unicode.Scalar], from i: Int) -> Bool {
    var j = i
    var text = ""
    while j < t.count, j < i + 8, NormalizedText.isWide(t[j]), !"，。；、".unicodeScalars.contains(t[j]) {
      text.unicodeScalars.append(t[j]); j += 1
    }
    return ["项目", "企业", "工业", "重大", "重点", "产业"].contains { text.contains($0) }
  }

  /// Verbs of passing a round magnitude, and the qualifier each gives it.
  static let magnitudeVerbs: [(String, Qualifier)] = [
    ("突破", .atLeast), ("超过", .atLeast), ("跨越", .atLeast), ("迈上", .atLeast), ("迈过", .atLeast), ("跨过", .atLeast),
    ("跃上", .atLeast), ("站上", .atLeast), ("超", .atLeast), ("达到", .exact), ("接近", .below), ("近", .below),
  ]

  /// `百亿`, `千亿元`, `万亿` at `i` as 100亿元, 1000亿元, 1万亿元 — unless it names a class of things
  /// (千亿级产业集群, 百亿企业, 突破百亿的企业).
  static func roundMagnitude(_ t: [Unicode.Scalar], at i: Int) -> (Figure, String, String, Int)? {
    let forms: [(String, String, String)] = [("百亿", "100", "亿元"), ("千亿", "1000", "亿元"), ("万亿", "1", "万亿元")]
    guard let form = forms.first(where: { has(t, $0.0, at: i) }) else { return nil }
    // 一百亿 or 5百亿 is another reading; 数百亿 is no figure.
    if i > 0, isDigit(t[i - 1]) || "一二两三四五六七八九十数几".unicodeScalars.contains(t[i - 1]) { return nil }
    var end = i + 2
    if end < t.count, t[end] == "元" { end += 1 }
    if end < t.count, "级元的强个家项大企产集园美".unicodeScalars.contains(t[end]), !has(t, "大关", at: end) { return nil }
    guard let figure = makeFigure(digits: form.1, power: "", prefix: "", tail: "", unit: form.2, suffix: "") else { return nil }
    return (figure, form.1, form.2, end)
  }

  /// 一 … 九十九.
  static func chineseNumeral(_ t: [Unicode.Scalar], from i: Int) -> (Int, Int)? {
    let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    var j = i
    var value = 0
    if j < t.count, let d = digits[t[j]] { value = d; j += 1 }
    if j < t.count, t[j] == "十" {
      value = max(value, 1) * 10; j += 1
      if j < t.count, let d = digits[t[j]] { value += d; j += 1 }
    }
    return j > i ? (value, j) : nil
  }
}
