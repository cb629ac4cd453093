import Foundation
import IndicatorsCore
import IndicatorsReports
import Testing

@Suite struct TableTests {
  static let table = Table(
    columns: [.init("name", "名称"), .init("value", "数值", alignRight: true), .init("note", "说明")],
    rows: [
      [.text("绵阳市"), .number(4600.66), .text("a|b")],
      [.text("gdp"), .number(12), .empty],
      [.text("高新区x"), .number(.nan), .text("say \"hi\"\n\tok")],
    ])

  /// The display column at which `needle` starts in `line` (CJK characters count two).
  func column(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return ChineseText.displayWidth(String(line[..<range.lowerBound]))
  }

  @Test func textAlignsChineseByDisplayWidth() {
    let lines = Self.table.text(chineseHeaders: false).split(separator: "\n").map(String.init)
    #expect(lines.count == 5)  // the last note's line break and tab became spaces
    // 绵阳市 is 6 columns wide, 高新区x 7: the value column starts after 7 + 2 spaces on every row
    // and ends (right-aligned) at the same column.
    #expect(lines[1].hasPrefix("-------  "))
    #expect(column(of: "4600.66", in: lines[2]) == 9)
    let ends = [("4600.66", lines[2]), ("12", lines[3]), ("n/a", lines[4])].map { needle, line in
      column(of: needle, in: line).map { $0 + ChineseText.displayWidth(needle) }
    }
    #expect(ends == [16, 16, 16])
    #expect(!lines.contains { $0.hasSuffix(" ") })
  }

  @Test func chineseHeadersWidenTheirColumns() {
    let text = Self.table.text(chineseHeaders: true)
    #expect(text.hasPrefix("名称        数值  说明\n"))
  }

  @Test func decorationDoesNotMoveColumns() {
    let plain = Self.table.text(chineseHeaders: false)
    let decorated = Self.table.text(chineseHeaders: false) { row, column, text in
      column == 0 && row == 1 ? "<<\(text)>>" : text
    }
    #expect(decorated != plain)
    #expect(decorated.replacingOccurrences(of: "<<", with: "").replacingOccurrences(of: ">>", with: "") == plain)
    #expect(decorated.contains("<<gdp>>     "))
    #expect(!decorated.contains("<<name>>"))  // headers are never decorated
  }

  @Test func markdownEscapesPipesAndAlignsNumbers() {
    let markdown = Self.table.markdown(chineseHeaders: true)
    let lines = markdown.split(separator: "\n")
    #expect(lines[0] == "| 名称 | 数值 | 说明 |")
    #expect(lines[1] == "|---|---:|---|")
    #expect(lines[2] == "| 绵阳市 | 4600.66 | a\\|b |")
    #expect(lines[3] == "| gdp | 12 |  |")
  }

  @Test func jsonKeepsTypesAndSortsKeys() throws {
    let json = Self.table.json()
    #expect(json.hasPrefix("[\n  {\"name\": \"绵阳市\", \"note\": \"a|b\", \"value\": 4600.66},"))
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(parsed.count == 3)
    #expect(parsed[0]["value"] as? Double == 4600.66)
    #expect(parsed[1]["value"] as? Int == 12)
    #expect(parsed[1]["note"] is NSNull)  // an empty cell is null, not ""
    #expect(parsed[2]["value"] is NSNull)  // NaN is not a JSON number
    #expect(parsed[2]["note"] as? String == "say \"hi\"\n\tok")
    #expect(Table(columns: Self.table.columns).json() == "[]\n")
  }

  @Test func jsonEscapesControlCharacters() {
    #expect(JSONText.string("a\u{1}b\\") == "\"a\\u0001b\\\\\"")
  }
}

@Suite struct HostileTableTests {
  static let table = Table(
    columns: [.init("source", "来源"), .init("value", "数值", alignRight: true)],
    rows: [[.text("<script>alert(1)</script> a|b\n\u{1B}[31m"), .number(.infinity)], [.text("=1+2"), .number(-.nan)]])

  @Test func markdownEscapesMarkupAndControlCharacters() {
    let markdown = Self.table.markdown(chineseHeaders: false)
    #expect(markdown.contains("| &lt;script&gt;alert(1)&lt;/script&gt; a\\|b [31m | n/a |"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test func nonFiniteNumbersAreAWordInTextAndEmptyInCSV() {
    let text = Self.table.text(chineseHeaders: false)
    #expect(text.contains("n/a") && !text.contains("inf") && !text.contains("nan"))
    #expect(Self.table.rows[0][1].exact == "")
    #expect(Self.table.json().contains("\"value\": null"))
  }
}

@Suite struct TableDisplayTests {
  @Test func textShowsNumbersWithoutFloatNoiseAndJSONKeepsThemNumbers() throws {
    let table = Table(
      columns: [.init("value", "数值", alignRight: true), .init("mean", "预测值", alignRight: true, style: .significant(4))],
      rows: [[.number(-0.10000000000000053), .number(3930.118255629085)]])
    #expect(table.text(chineseHeaders: false).contains("-0.1  3930"))
    #expect(!table.markdown(chineseHeaders: false).contains("0000000"))
    #expect(table.json() == "[\n  {\"mean\": 3930.118255629085, \"value\": -0.1}\n]\n")
  }

  @Test func codedCellsAreCodesInFilesAndWordsOnScreen() {
    let table = Table(columns: [.init("period", "时期")], rows: [[.coded("2024YTD9", shown: "2024年1-9月")]])
    #expect(table.text(chineseHeaders: true).contains("2024年1-9月"))
    #expect(table.json().contains("\"period\": \"2024YTD9\""))
  }

  @Test func groupedColumnsNestInJSONAndFlattenInHeaders() throws {
    let table = Table(
      columns: [.init("id", "编号"), .init("year", "年", group: "projection"), .init("mean", "值", group: "projection")],
      rows: [[.number(1), .number(2027), .number(5006.5)], [.number(2), .empty, .empty]])
    #expect(table.headers(chinese: false) == ["id", "projection_year", "projection_mean"])
    let json = table.json()
    #expect(json.contains("{\"id\": 1, \"projection\": {\"mean\": 5006.5, \"year\": 2027}}"))
    #expect(json.contains("{\"id\": 2, \"projection\": null}"))
  }

  @Test func longTextWrapsWithinItsColumn() {
    let table = Table(
      columns: [.init("id", "编号"), .init("note", "说明", maxWidth: 10)],
      rows: [[.number(1), .text("no value after the base year yet")], [.number(2), .text("基期后尚无数据；数据过少，无法预测")]])
    let lines = table.text(chineseHeaders: false).split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { ChineseText.displayWidth($0) <= 2 + 2 + 10 })
    #expect(lines.contains("1   no value") && lines.contains("    after the"))
    #expect(!lines.contains { $0.hasPrefix("    ，") || $0.hasPrefix("    ；") })
  }
}
