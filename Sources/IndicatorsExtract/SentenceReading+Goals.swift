import IndicatorsCore

/// Lists of a plan's goals (今年主要预期目标是：…, ■2025年主要预期目标): where one starts, and
/// how far it runs, so that the figures inside are read as targets.
extension SentenceReading {
  /// Words that open a list of a plan's goals (今年主要预期目标是：, ■2025年主要预期目标).
  static let targetHeadings: PhraseTable<Bool> = {
    var table = PhraseTable<Bool>()
    for word in ["主要预期目标", "主要目标", "预期目标", "发展目标", "奋斗目标", "主要指标", "预期性指标", "约束性指标"] { table.add(word, true) }
    return table
  }()

  /// Whether this sentence is inside a list of goals: a goals sentence's paragraph ends where
  /// the next one opens.
  var inGoalsSection: Bool {
    switch before.targetSection {
    case .none: false
    case .paragraph: !sentence.opensParagraph
    case .open, .heading, .chapter: true
    }
  }

  /// Words that make 主要指标 a plan's: without one, the main indicators are a review's.
  static let planWords = ["目标", "预期", "规划", "计划", "力争", "到20", "今年", "明年"]

  /// 今年以来: since the year began, a look back however it is dated.
  static func hasPlanWord(_ t: [Unicode.Scalar]) -> Bool {
    planWords.contains { w in
      t.indices.contains { i in NumberScanner.has(t, w, at: i) && !(w == "今年" && NumberScanner.has(t, "今年以来", at: i)) }
    }
  }

  /// Headings of a work report's plan chapter (二、2025年工作安排, 今年的重点工作): every figure of this
  /// year or later in the chapter is planned, until the next chapter or a look back.
  static let planChapterWords = ["工作安排", "重点工作", "工作任务", "主要任务", "重点任务", "工作部署"]

  /// A chapter heading: 一、… 十、…, short and without figures.
  var isChapterHeading: Bool {
    t.count <= 40 && tokens.isEmpty && t.count >= 3
      && "一二三四五六七八九十".unicodeScalars.contains(t[0]) && (t[1] == "、" || t[2] == "、")
  }

  /// Goals spoken of as reached (圆满完成全年主要目标): a look back, not a list of goals.
  static let goalsMet = NumberScanner.words(["完成", "实现", "超额", "达成", "完成了", "实现了"])

  /// Whether the sentences after this one are still a plan's goals: a sentence that names the
  /// goals (今年主要预期目标是：, ■2025年主要预期目标, 《计划》列出了今年的主要预期目标) starts such a
  /// section; a short heading line of anything else, or a look back (去年, 过去一年), ends it.
  func targetSectionAfter() -> ReadingState.TargetSection {
    let opensGoals = Self.targetHeadings.matches(t, in: 0..<t.count).contains { m in
      // 从主要指标看，上半年全市经济持续恢复: the main indicators of a review, not a plan's.
      if m.range.count == 4, NumberScanner.has(t, "主要指标", at: m.range.lowerBound),
        !Self.hasPlanWord(t) { return false }
      return !Self.goalsMet.contains { NumberScanner.endsWith(t, $0, before: max(0, m.range.lowerBound - 2)) || NumberScanner.endsWith(t, $0, before: m.range.lowerBound) }
    }
    let endsWithColon = t.last.map { $0 == ":" } ?? false
    // A heading is a short line or ends with a colon; a long sentence without figures that speaks
    // of the goals (今年以来…各项主要指标运行平稳) is prose, and its goals end with its paragraph.
    if opensGoals || announcesGoals, before.targetSection != .chapter {
      return endsWithColon || (tokens.isEmpty && t.count <= 40) ? .heading : .paragraph
    }
    if isChapterHeading {
      let plans = Self.planChapterWords.contains { NumberScanner.contains(t, $0) }
      return plans && !years.contains(where: { $0.year < extractor.context.currentYear }) ? .chapter : .none
    }
    let looksBack = markers.contains { m in
      if case .yearOffset(let k) = m.value { return k < 0 }
      return false
    }
    if looksBack { return .none }
    switch before.targetSection {
    case .paragraph: return sentence.opensParagraph ? .none : .paragraph
    // 主要预期目标是：地区生产总值增长6%左右；…: goals written on after the colon, in the heading's
    // own paragraph, end with that paragraph; goals on lines of their own go on to a heading.
    case .heading: return sentence.opensParagraph ? .open : .paragraph
    // ——生态环境得到新改善。: a dashed or bulleted line is an item of the list, not a new heading.
    case .open: return sentence.opensParagraph && t.count <= 40 && tokens.isEmpty && !Self.isListItem(t) ? .none : .open
    case .chapter: return .chapter
    case .none: return .none
    }
  }

  /// 提出了“八个新”的具体目标：: a line without figures announcing goals, whatever its adjective.
  var announcesGoals: Bool {
    t.last == ":" && tokens.isEmpty && ["目标:", "目标是:", "目标为:"].contains { NumberScanner.endsWith(t, $0, before: t.count) }
  }

  /// A line opened by a dash or a bullet (——, ●, ■, ◆): an item of the list around it.
  static func isListItem(_ t: [Unicode.Scalar]) -> Bool {
    guard let first = t.first else { return false }
    return "—-–●■◆▲★•·".unicodeScalars.contains(first)
  }
}
