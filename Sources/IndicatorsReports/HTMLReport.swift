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

  /// The page in Chinese (`chineseHeaders`) or English; see `render(…language:)`.
  package static func render(
    title: String, subtitle: String, summary: Table, statusTones: [Tone] = [], sections: [Section], chineseHeaders: Bool
  ) -> String {
    render(title: title, subtitle: subtitle, summary: summary, statusTones: statusTones, sections: sections, language: chineseHeaders ? .zh : .en)
  }

  /// The page, in `language` (its `lang` attribute and headers). Text from the data (titles,
  /// names, notes) is escaped; `chart` is trusted SVG. A `status` column of the summary is drawn
  /// as a badge coloured by `statusTones[row]` (neutral where none is given).
  ///
  /// The page fits a 1,280 px window without horizontal scrolling: the body is at most 1,200 px
  /// wide with its margins, text cells wrap (numbers do not), and a chart scales down with its box.
  package static func render(
    title: String, subtitle: String, summary: Table, statusTones: [Tone] = [], sections: [Section], language: Language
  ) -> String {
    let e = SVGChart.escape
    var html = """
      <!DOCTYPE html>
      <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(e(title))</title>
      <style>
      *{box-sizing:border-box}
      body{font-family:\(SVGChart.fontFamily);margin:24px auto;padding:0 16px;max-width:1232px;color:#1f2937;background:#f9fafb}
      h1{font-size:24px;margin:0 0 4px} .sub{color:#6b7280;margin-bottom:24px}
      table{border-collapse:collapse;font-size:13px;background:#fff} th,td{border:1px solid #e5e7eb;padding:4px 6px;text-align:left;vertical-align:top}
      .summary{width:100%} th{background:#f3f4f6;font-weight:600} td{white-space:nowrap}
      td.wrap{white-space:normal;overflow-wrap:anywhere;min-width:8em} td.num{text-align:right;font-variant-numeric:tabular-nums}
      .facts td:first-child{white-space:nowrap} .facts td{white-space:normal;overflow-wrap:anywhere}
      section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px;margin:20px 0;display:flex;gap:20px;flex-wrap:wrap}
      section>div{flex:0 1 720px;min-width:0} section svg{max-width:100%;height:auto} .facts{flex:1 1 320px}
      section h2{font-size:17px;margin:0 0 8px;width:100%} .facts td:first-child{color:#6b7280}
      .status{display:inline-block;white-space:nowrap;border-radius:4px;padding:1px 8px;font-size:13px;margin-left:8px}
      .good{background:#dcfce7;color:#166534} .warn{background:#fef3c7;color:#92400e} .bad{background:#fee2e2;color:#991b1b} .none{background:#e5e7eb;color:#374151}
      </style></head><body>
      <h1>\(e(title))</h1><div class="sub">\(e(subtitle))</div>
      <table class="summary"><tr>
      """
    html += summary.headers(language).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
    for (index, row) in summary.displayRows().enumerated() {
      let tone = index < statusTones.count ? statusTones[index] : .none
      html += "<tr>" + zip(summary.columns, row).map { column, text in
        if column.key == "status" { return "<td><span class=\"status \(tone.rawValue)\">\(e(text))</span></td>" }
        // Columns that wrap in a terminal (goal, note) wrap on the page too; the rest stay on one line.
        let style = column.alignRight ? " class=\"num\"" : column.maxWidth != nil ? " class=\"wrap\"" : ""
        return "<td\(style)>\(e(text))</td>"
      }.joined() + "</tr>\n"
    }
    html += "</table>\n"
    for s in sections {
      html += "<section><h2>\(e(s.heading))<span class=\"status \(s.tone.rawValue)\">\(e(s.status))</span></h2>\n\(s.chart.isEmpty ? "" : "<div>\(s.chart)</div>\n")<table class=\"facts\">"
      html += s.facts.map { "<tr><td>\(e($0.0))</td><td>\(e($0.1))</td></tr>" }.joined(separator: "\n")
      html += "</table></section>\n"
    }
    return html + "</body></html>\n"
  }
}
