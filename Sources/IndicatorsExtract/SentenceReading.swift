import IndicatorsCore

/// The reading of one sentence: its names, numbers and markers, and the figures they make.
struct SentenceReading {
  let extractor: FigureExtractor
  let sentence: Sentence
  let before: ReadingState
  let t: [Unicode.Scalar]
  let concepts: [(range: Range<Int>, value: Concept)]
  let tokens: [NumberToken]
  let years: [YearMention]
  let markers: [(range: Range<Int>, value: Marker)]
  /// The spans inside parentheses, `(` to `)`, outermost only: asides whose years date only themselves.
  let asides: [Range<Int>]
  var mentions: [(range: Range<Int>, code: String, subject: Bool, scope: Bool)] = []
  var figures: [ExtractedFigure] = []

  /// The subject each emitted figure had, for the figures after it.
  var lastSubject: Subject?
  var emitted: [(token: NumberToken, figure: ExtractedFigure, subject: Subject)] = []

  enum Subject {
    case known(Concept, phrase: String)
    case unknown(phrase: [Unicode.Scalar])
  }

  init(extractor: FigureExtractor, sentence: Sentence, state: ReadingState) {
    self.extractor = extractor
    self.sentence = sentence
    var state = state
    if sentence.opensParagraph { state.paragraphRegion = nil }
    t = sentence.scalars
    if !NumberScanner.has(t, "其中", at: 0) && !sentence.isCaption { state.lastSubject = nil }
    before = state
    lastSubject = state.lastSubject
    concepts = extractor.lexicon.phrases.matches(t, in: 0..<t.count)
    let scanned = NumberScanner.scan(t, excluded: concepts.map(\.range))
    tokens = scanned.tokens
    var years = scanned.years
    // A year after the one the text was written in is a plan's horizon, never the period read so far.
    for k in years.indices where years[k].role == .current && years[k].year > extractor.context.currentYear {
      years[k].role = .due
    }
    self.years = years
    markers = Marker.table.matches(t, in: 0..<t.count) + Self.monthMarkers(t)
    asides = Self.bracketedAsides(t)
    mentions = Self.regionMentions(t, resolver: extractor.regions)
    // A region is the subject only where a clause begins with it (after a year or period word).
    for k in mentions.indices where mentions[k].subject {
      let start = mentions[k].range.lowerBound
      // …排名第三的宜宾，地区生产总值为…: a place that closes its clause is the topic of the next.
      let end = mentions[k].range.upperBound
      let topic = !mentions[k].scope && end < t.count && (t[end] == "，" || t[end] == ",")
      if !leadIsPreamble(clauseStart(before: start)..<start), !topic { mentions[k].subject = false }
    }
  }

  // MARK: Markers and mentions

  /// January through `m`, under the name a release gives the same months: 1-3月 is 一季度 (Q1),
  /// 1-6月 上半年 (H1), 1-12月 the year; the rest are months to date (1-9月 is YTD9, as 前三季度 is).
  static func monthsToDate(_ m: Int) -> Marker.PeriodWord {
    switch m {
    case 3: .quarter(1)
    case 6: .half(1)
    case 12: .year
    default: .yearToDate(m)
    }
  }

  /// `1-11月` and `1至11月` (cumulative), `截至10月底` (cumulative to the end of October).
  static func monthMarkers(_ t: [Unicode.Scalar]) -> [(range: Range<Int>, value: Marker)] {
    var found: [(Range<Int>, Marker)] = []
    var i = 0
    while i < t.count {
      if t[i] == "1", i == 0 || !NumberScanner.isDigit(t[i - 1]), i + 1 < t.count, t[i + 1] == "-" || t[i + 1] == "至" {
        let (digits, end) = NumberScanner.readNumber(t, from: i + 2)
        if let m = Int(digits), (2...12).contains(m), end < t.count, t[end] == "月" {
          found.append((i..<end + 1, .period(Self.monthsToDate(m))))
          i = end + 1
          continue
        }
      }
      // 6月份, 6月当月: one month.
      if NumberScanner.isDigit(t[i]), i == 0 || !NumberScanner.isDigit(t[i - 1]) && t[i - 1] != "-" && t[i - 1] != "至" {
        let (digits, end) = NumberScanner.readNumber(t, from: i)
        if let m = Int(digits), (1...12).contains(m), NumberScanner.has(t, "月份", at: end)
          || NumberScanner.has(t, "月当月", at: end)
        {
          found.append((i..<end + 2, .period(.month(m))))
          i = end + 2
          continue
        }
      }
      // 前11个月, 前两个月
      if t[i] == "前", i + 1 < t.count {
        var m: Int?
        var end = i + 1
        if NumberScanner.isDigit(t[end]) {
          let (digits, e) = NumberScanner.readNumber(t, from: end)
          m = Int(digits); end = e
        } else if let (n, e) = NumberScanner.chineseNumeral(t, from: end) {
          m = n; end = e
        }
        if let m, (2...12).contains(m), NumberScanner.has(t, "个月", at: end) {
          found.append((i..<end + 2, .period(Self.monthsToDate(m))))
          i = end + 2
          continue
        }
      }
      if NumberScanner.has(t, "截至", at: i) || NumberScanner.has(t, "截止", at: i) {
        let (digits, end) = NumberScanner.readNumber(t, from: i + 2)
        if let m = Int(digits), (1...12).contains(m), end + 1 < t.count, t[end] == "月", t[end + 1] == "底" || t[end + 1] == "末" {
          found.append((i..<end + 2, .period(Self.monthsToDate(m))))
          i = end + 2
          continue
        }
      }
      i += 1
    }
    return found
  }

  static let relativeBefore: [[Unicode.Scalar]] = NumberScanner.words(["高于", "低于", "快于", "慢于", "高出", "超出", "领先", "超过", "落后", "占", "居", "比", "较", "于", "列", "位居", "位列", "排名"])

  /// Region names in the sentence; `subject` when the name is what the sentence is about rather
  /// than a comparison (高于全省, 占全市, 居全省第2位) or a ranking's name (全国先进制造业百强市).
  static func regionMentions(_ t: [Unicode.Scalar], resolver: RegionResolver) -> [(range: Range<Int>, code: String, subject: Bool, scope: Bool)] {
    var out: [(range: Range<Int>, code: String, subject: Bool, scope: Bool)] = []
    for m in resolver.phrases.matches(t, in: 0..<t.count) {
      guard let code = resolver.resolve(m.value) else { continue }
      var subject = !relativeBefore.contains { NumberScanner.endsWith(t, $0, before: m.range.lowerBound) }
      let start = m.range.lowerBound
      if start > 0, "、和与及".unicodeScalars.contains(t[start - 1]), let previous = out.last,
        previous.range.upperBound == start - 1
      {
        subject = previous.subject
      }
      let end = m.range.upperBound
      if end < t.count, t[end] == "第" || NumberScanner.has(t, "平均", at: end)
        || NumberScanner.has(t, "水平", at: end)
      {
        subject = false
      }
      // 在全省地级市中, 在各市州中: the field of a comparison, not the subject.
      if start > 0, t[start - 1] == "在", fieldEnd(t, from: end) != nil { subject = false }
      // 四川省统计局, 成都市人民政府: an office, not the subject.
      if ["统计局", "人民政府", "政府", "发展和改革", "经济和信息化", "经信", "调查", "日报", "省委", "市委", "委员会", "厅", "局"]
        .contains(where: { NumberScanner.has(t, $0, at: end) })
      {
        subject = false
      }
      out.append((m.range, code, subject, m.value.isScope))
    }
    return out
  }

  /// The end of `…中` closing a field that began with 在 (在全省地级市中): at most 8 characters on,
  /// with no clause mark between.
  static func fieldEnd(_ t: [Unicode.Scalar], from i: Int) -> Int? {
    var j = i
    while j < t.count, j < i + 8 {
      if NormalizedText.isClauseMark(t[j]) { return nil }
      if t[j] == "中" { return j + 1 }
      j += 1
    }
    return nil
  }

  // MARK: Context at a position

  func period(at position: Int) -> (period: Period, due: Bool) {
    var year = before.year
    var word = before.periodWord
    var due = false
    var events: [(Int, Int?, Marker.PeriodWord?)] = []  // position, year, period word
    for y in years where y.range.lowerBound < position && y.role != .base && y.role != .prices
      && !asides.contains(where: { $0.contains(y.range.lowerBound) && !$0.contains(position) }) {
      events.append((y.range.lowerBound, y.year, titleWord(restating: y.year)))
      // 由2015年的1705亿元增加到2020年的2369亿元 in a plan of 2021: a horizon already passed.
      if y.role == .due, y.year >= extractor.context.currentYear { due = true }
    }
    for m in markers where m.range.lowerBound < position {
      if case .yearOffset(let k) = m.value { events.append((m.range.lowerBound, extractor.context.currentYear + k, nil)); continue }
      guard case .period(let w) = m.value else { continue }
      // 增速较上半年提高0.4个百分点, 由一季度的下降5.6%转为增长1.1%: the period compared with is not
      // the period of what follows.
      if m.range.lowerBound > 0, "比较".unicodeScalars.contains(t[m.range.lowerBound - 1]) { continue }
      // …but the figure right after 由一季度的 is that quarter's, until 转为.
      if m.range.lowerBound > 0, t[m.range.lowerBound - 1] == "由",
        ["转为", "变为", "到", "至"].contains(where: { NumberScanner.lastIndex(of: $0, in: t, m.range.upperBound..<position) != nil })
      {
        continue
      }
      // 截至10月底 holds until the next semicolon.
      if t[m.range.lowerBound] == "截", (m.range.upperBound..<position).contains(where: { t[$0] == "；" || t[$0] == ";" }) { continue }
      events.append((m.range.lowerBound, nil, w))
    }
    // “十三五”时期，…人均地区生产总值突破13万元 in a text of 2021: a plan period that is over; its
    // figures stand at its last year (a year written after the span still dates what follows it).
    for m in markers where m.range.lowerBound < position {
      if case .span(_, let last) = m.value, last < extractor.context.currentYear {
        events.append((m.range.lowerBound, last, nil))
      }
    }
    for event in events.sorted(by: { $0.0 < $1.0 }) {
      if let y = event.1 { year = y; word = nil }
      if let w = event.2 { word = w }
    }
    // A figure dated after the document's year (明年…, or a year carried from a sentence before)
    // cannot have been observed: it is a plan's.
    if year > extractor.context.currentYear { due = true }
    return (Self.period(year: year, word: word), due)
  }

  static func bracketedAsides(_ t: [Unicode.Scalar]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var open: Int?
    var depth = 0
    for (i, s) in t.enumerated() {
      if s == "(" { if depth == 0 { open = i }; depth += 1 }
      if s == ")", depth > 0 {
        depth -= 1
        if depth == 0, let o = open { spans.append(o..<i + 1) }
      }
    }
    return spans
  }

  static func period(year: Int, word: Marker.PeriodWord?) -> Period {
    switch word {
    case nil, .year?: .year(year)
    case .yearToDate(let m)?: .yearToDate(year, throughMonth: m)
    case .half(let h)?: .half(year, h)
    case .quarter(let q)?: .quarter(year, q)
    case .month(let m)?: .month(year, m)
    }
  }

  func stateAfter() -> ReadingState {
    var state = before
    state.lastSubject = lastSubject
    var events: [(Int, Int?, Marker.PeriodWord?)] = []
    // A caption's year labels that caption alone (2022年 / 约5.67万亿元 beside this year's figure);
    // a year compared with (已超过2020年全年的…) is not the period of what follows.
    // （经最终核实，2022年全市GDP…）: a year in an aside dates the aside alone.
    // 由2020年的11.36万元提高到2024年的14.28万元 in a text of 2025: the year reached, already past,
    // dates what follows (a horizon still ahead does not).
    for y in years where (y.role == .current || y.role == .due && y.year < extractor.context.currentYear)
      && !sentence.isCaption && !isComparedYear(y) && !asides.contains(where: { $0.contains(y.range.lowerBound) }) {
      events.append((y.range.lowerBound, y.year, titleWord(restating: y.year)))
      // 召开2022年上半年经济形势发布会: the period word written with the year goes with it.
      if let m = markers.first(where: { $0.range.lowerBound == y.range.upperBound }), case .period(let w) = m.value {
        events.append((m.range.lowerBound, nil, w))
      }
    }
    // A period word carries on only when it opens the sentence (前三季度，全市…); one inside a
    // sentence (…，1-10月新能源汽车新增…) speaks for that sentence alone.
    // So does one that opens a clause of a paragraph's first sentence (本报讯 …发布，上半年全省…).
    // So does one after clauses that only say where the figures come from (据介绍，根据…核算结果，一季度全市…),
    // unlike 加大…推广力度，1-10月新能源汽车新增… where it dates one figure.
    // So does one that opens a clause after a semicolon (4月份，…增长23.1%；1-4月份累计增长10.1%): the
    // period stated last.
    for m in markers {
      // 对今后五年的发展提出了具体目标。: a sentence without figures that names the coming years
      // dates the goals after it.
      if case .yearOffset(let k) = m.value, k >= 2, tokens.isEmpty {
        events.append((m.range.lowerBound, extractor.context.currentYear + k, nil))
        continue
      }
      // 围绕“十四五”时期提出了具体目标：: so does a plan period still ahead, at its last year, in a
      // line that announces goals (not “十四五”开局之年 in a bulletin).
      if case .span(_, let last) = m.value, last > extractor.context.currentYear, tokens.isEmpty, announcesGoals {
        events.append((m.range.lowerBound, last, nil))
        continue
      }
      let clause = clauseStart(before: m.range.lowerBound)
      guard leadIsPreamble(0..<m.range.lowerBound)
        || (sentence.opensParagraph || onlyAttributionBefore(clause) || followsSemicolon(clause))
          && leadIsPreamble(clause..<m.range.lowerBound)
      else { continue }
      // 去年下半年起…: the start of a trend, not the period of the figures after it.
      if case .period = m.value, m.range.upperBound < t.count, Self.sinceWords.contains(where: { NumberScanner.has(t, $0, at: m.range.upperBound) }) {
        continue
      }
      // 6月份当月，…: that month alone, in a release about the months to date.
      if case .period(.month) = m.value, NumberScanner.has(t, "当月", at: m.range.upperBound) || NumberScanner.has(t, "当月", at: m.range.upperBound - 1) {
        continue
      }
      if case .period(let w) = m.value { events.append((m.range.lowerBound, nil, w)) }
      if case .yearOffset(let k) = m.value { events.append((m.range.lowerBound, extractor.context.currentYear + k, nil)) }
    }
    for event in events.sorted(by: { $0.0 < $1.0 }) {
      if let y = event.1 { state.year = y; state.periodWord = nil }
      if let w = event.2 { state.periodWord = w }
    }
    state.targetSection = targetSectionAfter()
    // A region named at the start of a sentence stays the subject for the rest of the paragraph.
    if let named = mentions.last(where: { $0.subject && !$0.scope }) {
      state.paragraphRegion = named.code
    }
    return state
  }

  /// The title's period word when `year` is the title's year written again (2024年一季度… then
  /// 2024年，面对…), so the year alone does not make the figures after it the whole year's.
  func titleWord(restating year: Int) -> Marker.PeriodWord? {
    before.documentPeriod.flatMap { $0.year == year ? $0.word : nil }
  }

  /// The clause starting at `start` follows a semicolon.
  func followsSemicolon(_ start: Int) -> Bool {
    start > 0 && (t[start - 1] == ";" || t[start - 1] == "；")
  }

  static let sinceWords = ["起", "以来", "开始"]

  static let comparedBefore = NumberScanner.words(["已超过", "超过", "高于", "低于", "相当于", "恢复到", "回到", "超出", "达到", "是"])

  /// A year named as the yardstick of a comparison: 已超过2020年全年的8118.5亿元.
  func isComparedYear(_ y: YearMention) -> Bool {
    // 人均GDP达到6.9万元，为2015年的1.35倍: the year measured against does not date what follows.
    if NumberScanner.endsWith(t, "为", before: y.range.lowerBound), NumberScanner.has(t, "的", at: y.range.upperBound) { return true }
    return Self.comparedBefore.contains { NumberScanner.endsWith(t, $0, before: y.range.lowerBound) }
  }

  static let attributionOpenings = ["据", "根据", "经", "记者", "统计显示", "数据显示", "从", "今天", "日前", "近日", "初步预计", "预计"]
  static let attributionEndings = ["获悉", "显示", "表明", "介绍", "结果", "核算", "统计", "了解到", "发布", "通报", "发布会", "消息"]

  /// Every clause before `position` names a source or an occasion (据介绍, 根据…核算结果, 记者从…获悉).
  func onlyAttributionBefore(_ position: Int) -> Bool {
    guard position > 0 else { return false }
    var start = 0
    for i in 0..<position where NormalizedText.isClauseMark(t[i]) {
      let clause = text(start..<i)
      if !clause.isEmpty, !Self.attributionOpenings.contains(where: { clause.hasPrefix($0) }),
        !Self.attributionEndings.contains(where: { clause.hasSuffix($0) })
      {
        return false
      }
      start = i + 1
    }
    return true
  }

  /// Only a year, a period word or punctuation stands in `range`.
  func leadIsPreamble(_ range: Range<Int>) -> Bool {
    range.count <= 8 && range.allSatisfy { i in
      !NormalizedText.isWide(t[i]) || NormalizedText.isClauseMark(t[i])
        || years.contains { $0.range.contains(i) } || markers.contains { $0.range.contains(i) }
        || "年在".unicodeScalars.contains(t[i])
    }
  }

  func clauseStart(before position: Int) -> Int {
    var i = position - 1
    while i >= 0 {
      if NormalizedText.isClauseMark(t[i]) { return i + 1 }
      i -= 1
    }
    return 0
  }

  func clauseEnd(after position: Int) -> Int {
    var i = position
    while i < t.count {
      if NormalizedText.isClauseMark(t[i]) && t[i] != "," { return i }
      i += 1
    }
    return t.count
  }

  func isTarget(at position: Int) -> Bool {
    let end = clauseEnd(after: position)
    return markers.contains { m in
      if case .target = m.value { return m.range.lowerBound < end }
      return false
    }
  }

  func isProvisional(at position: Int) -> Bool {
    markers.contains { m in
      if case .provisional = m.value { return m.range.lowerBound < position }
      return false
    }
  }

  func subjectRegion(before position: Int, allowScopes: Bool) -> String {
    let clause = clauseStart(before: position)
    // 全市规模以上工业增加值增长0.8%；社会消费品零售总额…: a 全市/全省 that opens the sentence's
    // first subject speaks for the whole sentence; one further in, for its own clause.
    let leading = mentions.first.flatMap { m in leadsSentence(m.range) ? m.range : nil }
    if let m = mentions.last(where: {
      $0.range.upperBound <= position && $0.subject && (allowScopes || !$0.scope)
        && (!$0.scope || $0.range.lowerBound >= clause || $0.range == leading)
    }) {
      return m.code
    }
    return before.paragraphRegion ?? extractor.context.region
  }

  /// Whether the place at `range` (全市, 全省) is the subject of the sentence's first figures: it opens
  /// its clause (not 在全省…的情况下), an indicator's name follows it at once, and that clause's
  /// figure is the indicator's, not a ranking's name (全国制造业民营企业500强).
  func leadsSentence(_ range: Range<Int>) -> Bool {
    guard let m = mentions.first(where: { $0.range == range }), m.subject, m.scope,
      range.lowerBound - clauseStart(before: range.lowerBound) <= 2,
      range.lowerBound == 0 || t[range.lowerBound - 1] != "在",
      concepts.contains(where: { $0.range.lowerBound == range.upperBound })
    else { return false }
    let end = clauseEnd(after: range.upperBound)
    guard let token = tokens.first(where: { $0.range.lowerBound >= range.upperBound && $0.range.upperBound <= end }) else { return false }
    return token.range.upperBound >= t.count || t[token.range.upperBound] != "强"
  }

  func text(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(t[range.clamped(to: 0..<t.count)]))
  }

  func contains(_ range: Range<Int>, anyOf words: [String]) -> Bool {
    words.contains { has($0, in: range.clamped(to: 0..<t.count)) }
  }
}
