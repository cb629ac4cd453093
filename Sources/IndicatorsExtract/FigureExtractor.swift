import IndicatorsCore

/// Reads the figures of a Chinese bulletin, work report, press release or news text.
///
/// The text is read sentence by sentence (infographic captions are first paired label with
/// figures). In each sentence numbers with units are found, lists (`6.1%、7.3%和5.2%`) grouped, and
/// each figure given an indicator (the name before it, the name after a count, or the subject of the
/// previous figure), a role from the words just before it (增长 → growth, 占全市 → share, 居全省第 →
/// rank, 高于全省…个百分点 → a derived figure for the other region), a region (the subject named in
/// the sentence, else the document's) and a period (the last period word or year read, else the
/// caller's default year). Plan language makes a figure a target; 预计 makes it provisional.
///
/// Pure: no I/O. Speed is linear in the text (measured by `indicators-extract-eval`).
package struct FigureExtractor: Sendable {
  package let context: ExtractionContext
  let lexicon: IndicatorLexicon
  let regions: RegionResolver

  package init(context: ExtractionContext) {
    self.context = context
    lexicon = IndicatorLexicon(catalogue: context.indicators)
    regions = RegionResolver(document: context.region, regions: context.regions, places: context.places)
  }

  package func extract(_ text: String) -> [ExtractedFigure] {
    let normalized = NormalizedText(text)
    let sentences = normalized.sentences(isFigureLine: classify)
    var state = ReadingState(year: context.defaultYear)
    // 桂林一季度GDP同比增长5.6% / 【一季度经济数据】: a title's period word dates the figures after it
    // until the text sets another, and survives the title's year written again (2024年，面对…).
    if let word = Self.titlePeriodWord(normalized.scalars) {
      state.periodWord = word
      state.documentPeriod = (context.defaultYear, word)
    }
    var figures: [ExtractedFigure] = []
    for sentence in sentences {
      // 图2 2018年-2022年地区生产总值及增速: the caption of a chart the text does not hold; its
      // years would date the paragraphs after it.
      if Self.isChartCaption(sentence) { continue }
      var reading = SentenceReading(extractor: self, sentence: sentence, state: state)
      reading.read()
      state = reading.stateAfter()
      figures += reading.figures
    }
    var seen: Set<String> = []
    // A figure the text states beats one worked out from a share or a gap (rounded differently).
    let stated = Set(figures.filter { $0.status != .derived }.map { "\($0.indicator)|\($0.region)|\($0.period)|\($0.kind)" })
    return figures.filter { f in
      if f.status == .derived, stated.contains("\(f.indicator)|\(f.region)|\(f.period)|\(f.kind)") { return false }
      return seen.insert("\(f.indicator)|\(f.region)|\(f.period)|\(f.value)|\(f.kind)").inserted
    }
  }

  /// A line that opens with 图 and a number (图1, 图2-3) and holds no full sentence.
  static func isChartCaption(_ sentence: Sentence) -> Bool {
    let t = sentence.scalars
    guard sentence.opensParagraph, t.count >= 2, t.count <= 48, t[0] == "图", ("0"..."9").contains(t[1]) else { return false }
    return !t.contains { NormalizedText.sentenceEnds.contains($0) }
  }

  /// The one period word shorter than a year that a document's first line states, if it is a
  /// title (at most 40 characters, no full stop): 一季度, 上半年, 1-9月. Not one compared with
  /// (比一季度) or the start of a trend (一季度以来).
  static func titlePeriodWord(_ t: [Unicode.Scalar]) -> Marker.PeriodWord? {
    let end = t.firstIndex(of: "\n") ?? t.count
    let title = Array(t[..<end])
    guard title.count <= 40, !title.contains("。") else { return nil }
    let markers = Marker.table.matches(title, in: 0..<title.count) + SentenceReading.monthMarkers(title)
    var words: [Marker.PeriodWord] = []
    for m in markers {
      guard case .period(let w) = m.value, w != .year else { continue }
      if m.range.lowerBound > 0, "比较由".unicodeScalars.contains(title[m.range.lowerBound - 1]) { continue }
      if SentenceReading.sinceWords.contains(where: { NumberScanner.has(title, $0, at: m.range.upperBound) }) { continue }
      if !words.contains(w) { words.append(w) }
    }
    return words.count == 1 ? words[0] : nil
  }

  /// A short line is a figure line (a number with at most a verb: `增长6.5%`), a label line
  /// (words and no number: `地区生产总值`), or neither (nil: read it as a sentence).
  func classify(_ line: [Unicode.Scalar]) -> Bool? {
    let names = lexicon.phrases.matches(line, in: 0..<line.count)
    let (tokens, years) = NumberScanner.scan(line, excluded: names.map(\.range))
    var covered = Array(repeating: false, count: line.count)
    for token in tokens { for i in token.range { covered[i] = true } }
    for year in years { for i in year.range { covered[i] = true } }
    let words = Self.strip(line, covered: covered, fillers: Self.captionFillers)
    // A line of only 同比增长 belongs to the figure after it.
    let growthOnly = words == 0 && names.isEmpty && ["增长", "下降", "增速", "上涨", "提高", "增产", "减产"].contains { w in
      NumberScanner.has(line, w, at: 0) || NumberScanner.has(line, w, at: max(0, line.count - 2))
    }
    if growthOnly && tokens.isEmpty { return true }
    // A year alone (2022年) labels the figure line after it.
    if tokens.isEmpty, words == 0, names.isEmpty, !years.isEmpty, years.count == 1 { return false }
    if tokens.isEmpty { return (words >= 2 || !names.isEmpty) && words <= 16 ? false : nil }
    return words < 2 && names.isEmpty ? true : nil
  }

  /// How many wide characters are left once covered positions and filler words are removed.
  static func strip(_ t: [Unicode.Scalar], covered: [Bool], fillers: PhraseTable<Bool>) -> Int {
    var count = 0
    var i = 0
    while i < t.count {
      if covered[i] { i += 1; continue }
      if let m = fillers.match(t, at: i) { i += m.length; continue }
      if NormalizedText.isWide(t[i]), !NormalizedText.isClauseMark(t[i]), !"、（）()".unicodeScalars.contains(t[i]) {
        count += 1
      }
      i += 1
    }
    return count
  }

  static let captionFillers: PhraseTable<Bool> = {
    var t = PhraseTable<Bool>()
    for w in ["增长", "下降", "增产", "减产", "同比", "增速", "比上年", "较上年", "达", "为", "约", "超", "近", "突破", "年",
              "上涨", "提高", "回落", "累计", "全年", "实现", "完成", "两年平均", "三年平均", "年均", "平均",
              "名义", "实际",
              // 突破600亿元大关, 迈上千亿元台阶: a round figure passed, still a figure line.
              "大关", "台阶", "迈上", "跨越", "站上"] {
      t.add(w, true)
    }
    return t
  }()

  /// Words that say nothing about which indicator a figure belongs to.
  static let leadFillers: PhraseTable<Bool> = {
    var t = PhraseTable<Bool>()
    let words = [
      "全年", "实现", "完成", "达到", "共有", "累计", "合计", "总计", "比上年", "较上年", "比去年",
      "较去年", "同比", "增长", "下降", "其中", "年末", "年底", "按可比价格计算", "按可比价计算", "不变价格计算", "不变价计算", "按", "价格计算",
      "按现价计算", "初步核算", "经初步核算", "预计", "分别", "拥有", "已经", "今年", "去年", "上年",
      "本年", "增速", "增幅", "同期", "上涨", "提高", "回升", "增加", "减少", "回落", "总量", "规模",
      "继续", "保持", "稳定", "持续", "进一步", "较快", "平稳", "首次", "连续", "位居", "位列", "排名",
      "当年", "年内", "截至", "全市", "全省", "全国", "全区", "全县", "以上", "左右", "超过", "突破",
      "接近", "达", "为", "是", "共", "的", "了", "和", "与", "及", "等", "在", "已", "年", "月", "比",
      "较", "约", "超", "近", "第", "居", "末", "底", "总", "达到了", "增长了", "同比增长", "年均",
      "平均", "两年", "三年", "五年", "新增", "其", "中", "上", "个", "这", "一", "而", "又", "也",
      "将", "力争", "目标", "有望", "计划", "预期", "确保", "争取", "主要", "全部", "整体", "水平",
      "涨幅", "降幅", "跌幅", "上升", "下跌", "降低", "回升", "实际", "在内", "同口径", "可比口径", "按可比口径", "净增", "新增了", "以来",
      // Verbs of control and arrival: 失业率控制在5.5%左右, 外商直接投资到资10444万美元.
      "控制在", "控制", "到资", "到位", "实际到位", "率先", "增产", "减产", "名义", "扣除价格因素", "完成投资", "累计完成投资",
      // A ranking's move: 排位由第8位升至第6位.
      "排位", "位次", "由", "位", "升至", "上升至", "提升至", "跃升至", "前移至", "降至", "下降至",
    ]
    for w in words { t.add(w, true) }
    return t
  }()
}

/// What carries from one sentence to the next.
struct ReadingState {
  var year: Int
  var periodWord: Marker.PeriodWord?
  /// The title's year and period word: the year written again keeps the word.
  var documentPeriod: (year: Int, word: Marker.PeriodWord)?
  var paragraphRegion: String?
  /// The last figure's subject, for a sentence that opens with 其中 (其中，6月份增长7.1%).
  var lastSubject: SentenceReading.Subject?
  /// Inside a list of a plan's goals (after 今年主要预期目标是： or such a heading): figures of the
  /// year the text was written in, or later, are targets.
  var targetSection = TargetSection.none

  enum TargetSection {
    case none
    /// The goals' own sentence held figures: the rest of its paragraph.
    case paragraph
    /// A heading or an introduction without figures (…主要预期目标：): until a heading or a look back.
    case open
    /// Such a heading just read: `open` if the goals start a line of their own, `paragraph` if they
    /// are written on after the colon.
    case heading
    /// A work report's plan chapter (二、2025年工作安排): until the next chapter heading or a look back.
    case chapter
  }
}
