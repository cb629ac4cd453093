/// Why a text is not a period; the message is meant for the person who wrote it.
package struct PeriodParseError: Error, Equatable, Sendable, CustomStringConvertible {
  package let text: String
  package let reason: String
  package var description: String { "'\(ChineseText.excerpt(text))' is not a period: \(reason)" }
}

extension Period {
  /// Parses the forms people write: `2023`, `2023年`, `2023Q1`, `2023年一季度`, `2023年第1季度`,
  /// `2023H1`, `2023年上半年`, `2023-03`, `2023年3月`, `2023YTD11`, `2023年1-11月` (cumulative),
  /// `2023年前三季度` (= 2023YTD9), `2023年全年`, `2023年度`, `2023年6月份`, `2023年1-9月累计`,
  /// `2021-2025`, `2021—2025年`. Full-width digits and dashes are accepted. Years must lie in
  /// `SupportedRange.years`.
  package init(parsing raw: String) throws(PeriodParseError) {
    let text = ChineseText.normalizeWidth(raw).trimmingWhitespace()
    func fail(_ reason: String) -> PeriodParseError { PeriodParseError(text: raw, reason: reason) }
    func month(_ m: Int) throws(PeriodParseError) -> Int {
      guard (1...12).contains(m) else { throw fail("month \(m) does not exist (1–12)") }
      return m
    }
    let dashes = ["-", "~", "—", "–", "至"]
    var s = TextScanner(text)
    guard let year = s.scanDigits(), year.count == 4, year.value >= 1000 else {
      throw fail("it must start with a four-digit year, e.g. 2023, 2023Q1, 2023年1-11月")
    }
    let y = year.value
    guard SupportedRange.years.contains(y) else { throw fail(SupportedRange.yearMessage(y)) }
    _ = s.scan("年")
    if s.isAtEnd { self = .year(y); return }

    if s.scanAny(["Q", "q"]) {
      guard let q = s.scanDigits(), s.isAtEnd else { throw fail("expected 2023Q1 … 2023Q4") }
      guard (1...4).contains(q.value) else { throw fail("quarter \(q.value) does not exist (1–4)") }
      self = .quarter(y, q.value); return
    }
    if s.scanAny(["H", "h"]) {
      guard let h = s.scanDigits(), s.isAtEnd else { throw fail("expected 2023H1 or 2023H2") }
      guard (1...2).contains(h.value) else { throw fail("half \(h.value) does not exist (1–2)") }
      self = .half(y, h.value); return
    }
    if s.scanAny(["YTD", "ytd"]) {
      guard let m = s.scanDigits(), s.isAtEnd else { throw fail("expected 2023YTD11") }
      self = .yearToDate(y, throughMonth: try month(m.value)); return
    }
    if s.scan("全年") || s.scan("度"), s.isAtEnd { self = .year(y); return }
    if s.scan("前三季度"), s.isAtEnd { self = .yearToDate(y, throughMonth: 9); return }
    if s.scan("上半年"), s.isAtEnd { self = .half(y, 1); return }
    if s.scan("下半年"), s.isAtEnd { self = .half(y, 2); return }
    _ = s.scan("第")
    if let q = s.scanChineseNumeral() ?? s.scanDigits()?.value {
      if s.scanAny(["季度", "季"]) {
        guard s.isAtEnd else { throw fail("unexpected text after the quarter") }
        guard (1...4).contains(q) else { throw fail("quarter \(q) does not exist (1–4)") }
        self = .quarter(y, q); return
      }
      if s.scan("月") {
        _ = s.scan("份")
        guard s.isAtEnd else { throw fail("unexpected text after the month") }
        self = .month(y, try month(q)); return
      }
      if s.scanAny(dashes) {
        // 1-9月, 1-9月份, 1-9月累计, as bulletins write a cumulative period.
        let last = s.scanDigits()
        let monthWord = s.scan("月")
        _ = s.scan("份")
        _ = s.scan("累计")
        guard let last, monthWord, s.isAtEnd else {
          throw fail("expected a cumulative period such as 2023年1-11月")
        }
        guard q == 1 else { throw fail("a cumulative period starts in January (1-\(last.value)月)") }
        self = .yearToDate(y, throughMonth: try month(last.value)); return
      }
      throw fail("unrecognised form; use 2023, 2023Q1, 2023H1, 2023-03, 2023年1-11月 or 2021-2025")
    }
    if s.scanAny(dashes) {
      guard let next = s.scanDigits() else { throw fail("expected a month or a year after the dash") }
      if next.count == 4 {
        _ = s.scan("年")
        guard s.isAtEnd else { throw fail("unexpected text after the year span") }
        guard next.value > y else { throw fail("a span must end after it starts") }
        guard SupportedRange.years.contains(next.value) else { throw fail(SupportedRange.yearMessage(next.value)) }
        self = .span(y, next.value); return
      }
      _ = s.scan("月")
      guard s.isAtEnd else { throw fail("unexpected text after the month") }
      self = .month(y, try month(next.value)); return
    }
    throw fail("unrecognised form; use 2023, 2023Q1, 2023H1, 2023-03, 2023年1-11月 or 2021-2025")
  }
}
