import IndicatorsCore

extension SentenceReading {
  static let percentagePoints: Set<String> = ["个百分点", "百分点", "个千分点", "千分点"]
  static let growthUp = ["增长", "增速", "增幅", "上涨", "上升", "提高", "回升", "增加", "涨幅", "扩大", "加快", "增产"]
  static let growthDown = ["下降", "减少", "回落", "降低", "下跌", "降幅", "跌幅", "缩小", "下滑", "放缓", "收窄", "减产"]
  /// A rate or share that moved by points: 比重比上年提升0.5个百分点 (提升 with a rate is its new level, 提升至56.9%).
  static let pointsUp = growthUp + ["提升"]
  static let relativeUp = ["高于", "快于", "高出", "超出", "领先", "超过"]
  static let relativeDown = ["低于", "慢于", "落后"]
  static let rankWords = ["居", "位居", "位列", "排名", "排", "列", "名列", "位次", "强"]

  mutating func read() {
    var groups: [[Int]] = []
    for (k, token) in tokens.enumerated() where !isRankField(token) && !isRankMovedFrom(k) {
      if let last = groups.last?.last, tokens[last].group == token.group { groups[groups.count - 1].append(k) }
      else { groups.append([k]) }
    }
    var previousEnd = 0
    for group in groups {
      let start = tokens[group[0]].range.lowerBound
      let lead = max(previousEnd, clauseStart(before: start))..<start
      readGroup(group.map { tokens[$0] }, lead: lead, namesFrom: previousEnd)
      previousEnd = tokens[group.last!].range.upperBound
    }
    readRankChanges()
    readLevelWith()
    readSectorStructure()
  }

  mutating func readGroup(_ group: [NumberToken], lead: Range<Int>, namesFrom: Int) {
    let first = group[0]
    let unit = group.last!.unit
    let start = first.range.lowerBound
    if group.count == 1, readBracketedComparison(first) { return }
    if Self.percentagePoints.contains(unit) {
      if let (concept, region, sign) = comparedIndicator(lead) { deriveCompared(group, concept: concept, region: region, sign: sign) }
      else if let (regions, sign) = relative(lead) { deriveRelative(group, regions: regions, sign: sign) }
      else if let sign = gapToTarget(lead) { readGapToTarget(group, sign: sign) }
      else if var sign = lastWord(in: lead, up: Self.pointsUp, down: Self.growthDown) {
        // 降幅收窄5.1个百分点: the fall shrank, so the rate rose.
        if has("降幅", in: lead) || has("跌幅", in: lead), contains(lead, anyOf: ["收窄", "缩小", "扩大", "加大", "加深"]) {
          sign = -sign
        }
        deriveChange(group, sign: sign, lead: lead)
      }
      return
    }
    // 比上年末减少1.2万人, 比年初增加300亿元: a change, not the level.
    if !first.isRank, unit != "%", Self.isComparedChange(text(lead)) {
      deriveLevelBefore(group, lead: lead)
      return
    }
    var role = FigureRole.level
    var sign = 1.0
    var share: String?
    var average: Period?
    if first.isRank {
      guard contains(lead, anyOf: Self.rankWords) || rankConcept(in: lead) != nil
        || mentions.contains(where: { $0.range.upperBound == start })
      else { return }
      role = .rank
    } else if unit == "%" {
      if let (code, scope) = shareRegion(lead) {
        role = .share(scope)
        share = code
      } else if let span = averageSpan(lead, at: start) {
        role = .average
        average = span
      } else if let s = lastWord(in: lead.lowerBound + max(0, lead.count - 8)..<lead.upperBound, up: Self.growthUp, down: Self.growthDown) {
        role = .growth
        sign = s
      } else {
        role = .rate
      }
    }
    // Names for each item of a list: 第一产业、第二产业和第三产业增加值分别增长6.1%、7.3%和5.2%.
    let listed = concepts.filter { $0.range.lowerBound >= namesFrom && $0.range.upperBound <= start }
    // 规模以上工业增加值和全社会固定资产投资均增长10%: one number stated for each joined name.
    var group = group
    let joined = jointNames(listed, before: start)
    if group.count == 1, joined >= 2 { group = Array(repeating: first, count: joined) }
    let earlier = group.count > 1 && listed.count < group.count && has("分别", in: lead) ? subjectsBefore(count: group.count) : nil
    for (k, token) in group.enumerated() {
      var subject: Subject?
      if group.count == 2, let pair = listed.last.flatMap({ IndicatorLexicon.pairs[$0.value.key] }),
        let concept = extractor.lexicon.concept(forKey: pair[k])
      {
        subject = .known(concept, phrase: text(listed.last!.range))
      } else if group.count > 1, listed.count >= group.count {
        let c = listed[listed.count - group.count + k]
        subject = .known(c.value, phrase: text(c.range))
      } else if let earlier {
        // 第一产业增加值…亿元，第二产业…，第三产业…亿元，分别增长3.9%、5.6%和7.8%.
        subject = earlier[k]
      } else {
        subject = self.subject(for: token, lead: lead, namesFrom: namesFrom, role: role)
      }
      guard let subject else { continue }
      let (period, due) = self.period(at: token.range.lowerBound)
      // 十四五期间年均增长7%左右, read before 2025 ends: a plan's average, so a target.
      var futureSpan = false
      if case .span(_, let last)? = average, last > extractor.context.currentYear { futureSpan = true }
      let inGoals = inGoalsSection && (average ?? period).year >= extractor.context.currentYear
      let target = due || futureSpan || inGoals || isTarget(at: token.range.lowerBound)
      let region = role == .rank
        ? subjectRegion(before: start, allowScopes: false)
        : subjectRegion(before: share.map { _ in lead.lowerBound } ?? start, allowScopes: true)
      var figure = make(
        token, subject: subject, role: role, region: region, period: average ?? period,
        kind: target ? .target : .observation, lead: lead)
      if sign < 0 {
        figure.value = -figure.value
        figure.valueText = "-" + figure.valueText
      }
      // 较2019年同期增长15.3%: growth over several years, not on the year before.
      if case .growth = role, let base = years.last(where: { $0.role == .base && $0.range.upperBound <= token.range.lowerBound && $0.range.lowerBound >= lead.lowerBound }),
        base.year < figure.period.year - 1
      {
        figure.indicator += "_vs_\(base.year)"
        figure.review = !extractor.lexicon.catalogue.contains(figure.indicator)
        figure.note = "growth since \(base.year), not on the year before: review before import"
      }
      // 名义增长6.3%，扣除价格因素，实际增长6.1%: the second is the real rate, kept apart.
      if case .growth = role, has("扣除价格因素", in: lead) || has("实际增长", in: lead) || has("实际下降", in: lead),
        emitted.contains(where: { $0.figure.indicator == figure.indicator && $0.figure.period == figure.period })
      {
        figure.indicator += "_real"
        figure.review = !extractor.lexicon.catalogue.contains(figure.indicator)
        if figure.review { figure.note = "not in the catalogue (原文「\(figure.phrase)」): proposed code, review before import" }
      }
      // 环比上涨1.4%: on the month (or quarter) before, another series than the year-on-year rate.
      if case .growth = role, has("环比", in: lead) {
        figure.indicator += "_mom"
        figure.review = !extractor.lexicon.catalogue.contains(figure.indicator)
        figure.note = "change on the previous period (环比), not on the year before: review before import"
      }
      if !target, isProvisional(at: token.range.lowerBound) { figure.status = .provisional }
      if !extractor.regions.isListed(figure.region) {
        figure.review = true
        figure.note = "about \(figure.region), a city the region list lacks: add it or set the region before import"
      } else if let place = unlistedPlace(before: start) {
        figure.review = true
        figure.note = "about 「\(place)」, a place the region list lacks: set its region before import"
      }
      figures.append(figure)
      if role == .rank, token.isRank { rankEachOfTheRates(figure, lead: lead) }
      emitted.append((token, figure, subject))
      lastSubject = subject
      if let share, !target { deriveTotal(from: figure, subject: subject, region: share) }
      if case .rate = role, !target, share == nil { deriveWhole(from: figure, token: token, lead: lead) }
      // 连续两年突破1亿美元: the same bound for the years before.
      for (word, n) in [("连续两年", 2), ("连续三年", 3)] where has(word, in: lead) {
        if case .year(let y) = figure.period {
          for back in 1..<n {
            var earlier = figure
            earlier.period = .year(y - back)
            figures.append(earlier)
          }
        }
      }
    }
  }

  /// How many names joined by 和、及、与 end `listed` when 均 follows the last of them with no clause
  /// mark before the number (…和…均增长10%); 0 otherwise. 年均, 人均 and 平均 are not 均.
  func jointNames(_ listed: [(range: Range<Int>, value: Concept)], before start: Int) -> Int {
    guard let last = listed.last, start - last.range.upperBound <= 6,
      let jun = lastIndex(of: "均", in: last.range.upperBound..<start), !"年人平".unicodeScalars.contains(t[jun - 1]),
      !(last.range.upperBound..<start).contains(where: { NormalizedText.isClauseMark(t[$0]) })
    else { return 0 }
    var n = 1
    var k = listed.count - 1
    while k > 0 {
      let gap = listed[k - 1].range.upperBound..<listed[k].range.lowerBound
      guard gap.count == 1, "和、及与".unicodeScalars.contains(t[gap.lowerBound]) else { break }
      n += 1
      k -= 1
    }
    return n
  }

  /// The last `count` different indicators this sentence gave figures for, in the order written.
  func subjectsBefore(count: Int) -> [Subject]? {
    var keys: [String] = []
    var found: [Subject] = []
    for e in emitted.reversed() {
      guard case .known(let c, _) = e.subject else { return nil }
      if keys.contains(c.key) { continue }
      keys.append(c.key)
      found.insert(e.subject, at: 0)
      if found.count == count { return found }
    }
    return nil
  }

  static let rankMoves: Set<String> = ["升至", "上升至", "上升到", "升到", "提升至", "提升到", "跃升至", "跃升到", "前移至",
                                       "前进至", "下降至", "降至", "降到", "下滑至", "回落至", "后移至", "至", "到"]

  /// 排位由第8位升至第6位: the first rank is where the figure moved from, in a year the sentence does
  /// not name; the second, read with the words before the first, is the figure.
  func isRankMovedFrom(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, tokens[k].isRank, tokens[k + 1].isRank else { return false }
    let from = tokens[k].range
    guard from.lowerBound > 0, t[from.lowerBound - 1] == "由" else { return false }
    return Self.rankMoves.contains(text(from.upperBound..<tokens[k + 1].range.lowerBound))
  }

  /// 增速居全省21个市州第4位: the count names the field of a ranking, not a figure.
  func isRankField(_ token: NumberToken) -> Bool {
    guard !token.isRank, token.unit == "个" || token.unit == "家" else { return false }
    let words = followingWords(token)
    return words.first.map { "市城县区省地".unicodeScalars.contains($0) } == true && words.contains("第")
  }

  /// 比全市规上工业总产值增速高7.9个百分点: the gap to another indicator — (its concept, the region
  /// named, the sign) — from which that indicator's rate follows.
  func comparedIndicator(_ lead: Range<Int>) -> (Concept, String?, Double)? {
    guard let bi = lastIndex(of: "比", in: lead) ?? lastIndex(of: "较", in: lead) else { return nil }
    var k = bi + 1
    var region: String?
    if let m = mentions.first(where: { $0.range.lowerBound == k }) { region = m.code; k = m.range.upperBound }
    guard let c = concepts.first(where: { $0.range.lowerBound == k }) else { return nil }
    k = c.range.upperBound
    for word in ["增速", "增幅", "平均水平", "水平", "的"] where NumberScanner.has(t, word, at: k) { k += word.unicodeScalars.count }
    guard k < lead.upperBound else { return nil }
    if "高快多".unicodeScalars.contains(t[k]) { return (c.value, region, 1) }
    if "低慢少".unicodeScalars.contains(t[k]) { return (c.value, region, -1) }
    return nil
  }

  static func isComparedChange(_ lead: String) -> Bool {
    var core = Substring(lead)
    for tail in ["了", "达", "为"] where core.hasSuffix(tail) { core = core.dropLast() }
    guard ["增加", "减少", "下降", "增长", "降低", "扩大", "缩小", "增产", "减产", "多", "少"].contains(where: { core.hasSuffix($0) }) else { return false }
    return core.contains("比") || core.contains("较")
  }

  /// 地区生产总值增长8.6%，规上工业增加值增长14.8%，两项指标增速均居全省第一: the rank is each
  /// rate's — the last N (两项, 三项) or, with 均 alone, every rate of the sentence before it.
  mutating func rankEachOfTheRates(_ rank: ExtractedFigure, lead: Range<Int>) {
    let tail = lead.lowerBound + max(0, lead.count - 8)..<lead.upperBound
    guard ["均居", "均排", "均位居", "均位列", "均列", "均排名", "均稳居"].contains(where: { has($0, in: tail) }) else { return }
    var rates = emitted.filter { $0.figure.unit == "%" && $0.figure.kind == .observation && $0.figure.period == rank.period && $0.figure.region == rank.region }
    for (word, n) in [("两项", 2), ("三项", 3), ("四项", 4), ("五项", 5), ("2项", 2), ("3项", 3), ("4项", 4)] where has(word, in: lead) {
      guard rates.count >= n else { return }
      rates = Array(rates.suffix(n))
      break
    }
    guard rates.count >= 2 else { return }
    for rate in rates.map(\.figure) {
      let code = rate.indicator + "_rank"
      guard code != rank.indicator, !figures.contains(where: { $0.indicator == code && $0.period == rank.period && $0.region == rank.region }) else { continue }
      var figure = rank
      figure.indicator = code
      figure.review = !extractor.lexicon.catalogue.contains(code)
      figure.phrase = rate.phrase
      if figure.review { figure.note = "not in the catalogue (原文「\(rate.phrase)」): proposed code, review before import" }
      figures.append(figure)
    }
  }
}
