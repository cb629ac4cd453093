/// A self-contained HTML page: a summary table, then one section per target with its chart and
/// numbers. No scripts, no external resources: it can be mailed or printed as it is.
package enum HTMLReport {
  package struct Section: Sendable {
    package var heading: String
    package var status: String
    /// A status class for colour: good, warn, bad or none.
    package var tone: String
    package var chart: String
    package var facts: [(String, String)]

    package init(heading: String, status: String, tone: String, chart: String, facts: [(String, String)]) {
      self.heading = heading; self.status = status; self.tone = tone; self.chart = chart; self.facts = facts
    }
  }

  /// The colour class of a status word (English or Chinese).
  package static func tone(_ status: String) -> String {
    switch status {
    case "met", "on_track", "已实现", "进度正常": "good"
    case "needs_acceleration", "需加快": "warn"
    case "missed", "limited_progress", "moving_away", "未实现", "进展有限", "偏离目标": "bad"
    default: "none"
    }
  }

  package static func render(title: String, subtitle: String, summary: Table, sections: [Section], chineseHeaders: Bool) -> String {
    let e = SVGChart.escape
    var html = """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><meta charset="utf-8"><title>\(e(title))</title>
      <style>
      body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;margin:32px auto;max-width:1280px;color:#1f2937;background:#f9fafb}
      h1{font-size:24px;margin:0 0 4px} .sub{color:#6b7280;margin-bottom:24px}
      table{border-collapse:collapse;font-size:13px;background:#fff} th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f3f4f6} td.num{text-align:right;font-variant-numeric:tabular-nums} td,th{white-space:nowrap} td.wrap{white-space:normal;min-width:160px}
      section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px;margin:20px 0;display:flex;gap:20px;flex-wrap:wrap}
      section h2{font-size:17px;margin:0 0 8px;width:100%} .facts td:first-child{color:#6b7280}
      .status{display:inline-block;border-radius:4px;padding:1px 8px;font-size:13px;margin-left:8px}
      .good{background:#dcfce7;color:#166534} .warn{background:#fef3c7;color:#92400e} .bad{background:#fee2e2;color:#991b1b} .none{background:#e5e7eb;color:#374151}
      </style></head><body>
      <h1>\(e(title))</h1><div class="sub">\(e(subtitle))</div>
      <div style="overflow-x:auto"><table><tr>
      """
    html += summary.headers(chinese: chineseHeaders).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
    for row in summary.rows {
      html += "<tr>" + zip(summary.columns, row).map { column, cell in
        let text = cell.exact
        if column.key == "status" { return "<td><span class=\"status \(Self.tone(text))\">\(e(text))</span></td>" }
        let style = column.alignRight ? " class=\"num\"" : column.key == "note" || column.key == "target" ? " class=\"wrap\"" : ""
        return "<td\(style)>\(e(text))</td>"
      }.joined() + "</tr>\n"
    }
    html += "</table></div>\n"
    for s in sections {
      html += "<section><h2>\(e(s.heading))<span class=\"status \(s.tone)\">\(e(s.status))</span></h2>\n<div>\(s.chart)</div>\n<table class=\"facts\">"
      html += s.facts.map { "<tr><td>\(e($0.0))</td><td>\(e($0.1))</td></tr>" }.joined(separator: "\n")
      html += "</table></section>\n"
    }
    return html + "</body></html>\n"
  }
}
