import IndicatorsCore
import IndicatorsReports
import Testing

@Suite struct HTMLReportTests {
  static let summary = Table(
    columns: [.init("target", "目标"), .init("status", "状态"), .init("value", "数值", alignRight: true)],
    rows: [[.text("GDP <b>&</b>"), .text("on_track"), .number(1)], [.text("x"), .text("missed"), .number(2)]])

  @Test func escapesUserTextEverywhere() {
    let section = HTMLReport.Section(
      heading: "<script>alert(1)</script>", status: "needs \"more\"", tone: .warn, chart: "<svg></svg>",
      facts: [("来源 <source>", "a & b")])
    let html = HTMLReport.render(
      title: "T <i>", subtitle: "s&s", summary: Self.summary, sections: [section], chineseHeaders: false)
    #expect(!html.contains("<script>"))
    #expect(html.contains("<title>T &lt;i&gt;</title>"))
    #expect(html.contains("<div class=\"sub\">s&amp;s</div>"))
    #expect(html.contains("<td>GDP &lt;b&gt;&amp;&lt;/b&gt;</td>"))
    #expect(html.contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;<span class=\"status warn\">needs &quot;more&quot;</span></h2>"))
    #expect(html.contains("<tr><td>来源 &lt;source&gt;</td><td>a &amp; b</td></tr>"))
    #expect(html.contains("<div><svg></svg></div>"))  // the chart is ours, inserted as it is
  }

  @Test func statusBadgesTakeTheirToneFromTheCaller() {
    let toned = HTMLReport.render(
      title: "t", subtitle: "", summary: Self.summary, statusTones: [.good, .bad], sections: [], chineseHeaders: true)
    #expect(toned.contains("<td><span class=\"status good\">on_track</span></td>"))
    #expect(toned.contains("<td><span class=\"status bad\">missed</span></td>"))
    #expect(toned.contains("<th>目标</th><th>状态</th><th>数值</th>"))
    #expect(toned.contains("<td class=\"num\">2</td>"))
    let plain = HTMLReport.render(title: "t", subtitle: "", summary: Self.summary, sections: [], chineseHeaders: true)
    #expect(plain.contains("<td><span class=\"status none\">on_track</span></td>"))
  }

  @Test func thePageIsSelfContained() {
    let html = HTMLReport.render(title: "t", subtitle: "", summary: Self.summary, sections: [], chineseHeaders: false)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.hasSuffix("</body></html>\n"))
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
  }
}
