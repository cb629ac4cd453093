/// Words that set the period, the kind or the status of the figures after them.
enum Marker: Sendable {
  case period(PeriodWord)
  case target
  case provisional
  case span(Int, Int)
  case average(years: Int)
  /// Words that contain a marker but are not one (目标任务, 超预期).
  case none
  /// 去年, 过去一年 (the year before the caller's year) and 今年 (the caller's year).
  case yearOffset(Int)

  enum PeriodWord: Equatable, Sendable {
    case year, yearToDate(Int), half(Int), quarter(Int), month(Int)
  }

  static let table: PhraseTable<Marker> = {
    var t = PhraseTable<Marker>()
    for w in ["全年", "年末", "年底", "全年度"] { t.add(w, .period(.year)) }
    t.add("前三季度", .period(.yearToDate(9)))
    t.add("前三个季度", .period(.yearToDate(9)))
    t.add("上半年", .period(.half(1)))
    t.add("半年报", .period(.half(1)))
    t.add("下半年", .period(.half(2)))
    for (q, name) in ["一", "二", "三", "四"].enumerated() {
      t.add("\(name)季度", .period(.quarter(q + 1)))
      t.add("第\(name)季度", .period(.quarter(q + 1)))
    }
    t.add("一季度末", .period(.quarter(1)))
    // 今年首季, 开年首季: the first quarter.
    t.add("首季", .period(.quarter(1)))
    // A stock at a quarter's end is read as of the months to date, as 年末 is of the year.
    t.add("二季度末", .period(.half(1)))
    t.add("三季度末", .period(.yearToDate(9)))
    t.add("四季度末", .period(.year))
    // 1季度, 第2季度: the quarter in Arabic numerals, as some releases write it.
    for q in 1...4 {
      t.add("\(q)季度", .period(.quarter(q)))
      t.add("第\(q)季度", .period(.quarter(q)))
    }
    for w in ["力争", "目标", "有望", "预期", "确保", "争取", "将达到", "将突破", "将超过", "努力实现",
              "计划完成", "计划实现", "计划投资", "计划新增", "计划总投资", "规划到"] {
      t.add(w, .target)
    }
    for w in ["目标任务", "完成目标", "实现目标", "超预期", "好于预期", "超出预期", "符合预期", "预期性", "计划单列",
              // 超年度计划投资143.91%: a plan beaten, said of what happened.
              "超年度计划", "完成年度计划", "超计划", "超额完成",
              // 分别高于年度预期目标2.1、6.3个百分点: a result set against the plan.
              "高于预期目标", "高于年度预期目标", "快于预期目标", "超过预期目标", "超出预期目标", "低于预期目标",
              "高于年度目标", "快于年度目标", "高于目标",
              // 面对需求收缩、预期转弱: the economy's expectations, not a plan's.
              "预期转弱", "预期减弱", "预期偏弱", "预期不稳", "稳预期", "市场预期", "社会预期", "改善预期", "提振预期"] {
      t.add(w, .none)
    }
    for w in ["过去一年", "去年", "上一年"] { t.add(w, .yearOffset(-1)) }
    for w in ["今年", "本年"] { t.add(w, .yearOffset(0)) }
    // 明年全省投资计划目标为1.7万亿元: the year after the document's, always a plan.
    for w in ["明年", "下一年"] { t.add(w, .yearOffset(1)) }
    // 今后五年…地区生产总值超过1800亿元 in a report of 2023: goals due at the fifth year, 2027
    // (its 年均增长 then spans 2023–2027).
    for w in ["今后五年", "未来五年", "今后5年", "未来5年"] { t.add(w, .yearOffset(4)) }
    for w in ["今后三年", "未来三年", "今后3年", "未来3年"] { t.add(w, .yearOffset(2)) }
    for w in ["比去年", "较去年", "同去年", "比今年"] { t.add(w, .none) }
    // 今年以来 in a release on the first quarter means that quarter: the year so far, whose period
    // the text has already set.
    for w in ["今年以来", "年初以来", "今年来", "开年以来", "入年以来"] { t.add(w, .none) }
    t.add("预计", .provisional)
    t.add("十三五", .span(2016, 2020))
    t.add("十四五", .span(2021, 2025))
    t.add("十五五", .span(2026, 2030))
    t.add("十二五", .span(2011, 2015))
    t.add("两年平均", .average(years: 2))
    t.add("三年平均", .average(years: 3))
    t.add("五年平均", .average(years: 5))
    return t
  }()
}
