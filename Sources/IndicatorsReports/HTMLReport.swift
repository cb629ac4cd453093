import IndicatorsCore

/// A self-contained HTML page: a summary table, then one section per target with its chart and
/// numbers. No scripts, no external resources: it can be mailed or printed as it is.
package enum HTMLReport {
  package struct Section: Sendable {
    package var heading: String
    package var status: String
    /// The colour of the status badge.
    package var tone: Tone
    package var chart: String
    package var facts: [(String, String)]

    package init(heading: String, status: String, tone: Tone, chart: String, facts: [(String, String)]) {
      self.heading = heading; self.status = status; self.tone = tone; self.chart = chart; self.facts = facts
    }
  }

  /// The page. Text from the data (titles, names, notes) is escaped; `chart` is trusted SVG.
  /// A `status` column of the summary is drawn as a badge coloured by `statusTones[row]`
  /// (neutral where none is given).
  package static func render(
    title: String, subtitle: String, summary: Table, statusTones: [Tone] = [], sections: [Section], chineseHeaders: Bool
  ) -> String {
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
    for (index, row) in summary.rows.enumerated() {
      let tone = index < statusTones.count ? statusTones[index] : .none
      html += "<tr>" + zip(summary.columns, row).map { column, cell in
        let text = cell.exact
        if column.key == "status" { return "<td><span class=\"status \(tone.rawValue)\">\(e(text))</span></td>" }
        let style = column.alignRight ? " class=\"num\"" : column.key == "note" || column.key == "target" ? " class=\"wrap\"" : ""
        return "<td\(style)>\(e(text))</td>"
      }.joined() + "</tr>\n"
    }
    html += "</table></div>\n"
    for s in sections {
      html += "<section><h2>\(e(s.heading))<span class=\"status \(s.tone.rawValue)\">\(e(s.status))</span></h2>\n<div>\(s.chart)</div>\n<table class=\"facts\">"
      html += s.facts.map { "<tr><td>\(e($0.0))</td><td>\(e($0.1))</td></tr>" }.joined(separator: "\n")
      html += "</table></section>\n"
    }
    return html + "</body></html>\n"
  }
}
