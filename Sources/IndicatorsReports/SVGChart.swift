import IndicatorsCore

/// What a target chart shows: the history, the forecast fan, the required path from base to
/// target with its milestones, and the target line.
package struct ChartData: Sendable {
  package struct Band: Sendable {
    package var year: Int
    package var mean: Double
    package var lower80: Double, upper80: Double, lower95: Double, upper95: Double
    package init(year: Int, mean: Double, lower80: Double, upper80: Double, lower95: Double, upper95: Double) {
      self.year = year; self.mean = mean; self.lower80 = lower80; self.upper80 = upper80; self.lower95 = lower95; self.upper95 = upper95
    }
  }

  package var title: String
  package var unit: String
  package var history: [(year: Int, value: Double)]
  package var forecast: [Band]
  package var requiredPath: [(year: Int, value: Double)]
  package var target: (year: Int, value: Double)?
  package var milestones: [(year: Int, value: Double, label: String)]

  package init(title: String, unit: String, history: [(year: Int, value: Double)], forecast: [Band] = [], requiredPath: [(year: Int, value: Double)] = [], target: (year: Int, value: Double)? = nil, milestones: [(year: Int, value: Double, label: String)] = []) {
    self.title = title; self.unit = unit; self.history = history; self.forecast = forecast
    self.requiredPath = requiredPath; self.target = target; self.milestones = milestones
  }
}

extension ChartData {
  /// The same chart without the points a chart cannot place: values that are not finite (what a
  /// model may give on a degenerate series), and forecast years with any such bound.
  var drawable: ChartData {
    var copy = self
    copy.history = history.filter(\.value.isFinite)
    copy.forecast = forecast.filter { [$0.mean, $0.lower80, $0.upper80, $0.lower95, $0.upper95].allSatisfy(\.isFinite) }
    copy.requiredPath = requiredPath.filter(\.value.isFinite)
    copy.target = target.flatMap { $0.value.isFinite ? $0 : nil }
    copy.milestones = milestones.filter(\.value.isFinite)
    return copy
  }
}

/// Renders `ChartData` as a standalone SVG (no scripts, no external fonts), 720×360. Points that
/// are not finite are left out, and the scale is computed without overflow, so every coordinate
/// written is a finite number even for values near ±1.8e308.
package enum SVGChart {
  package static func render(_ chartData: ChartData, width: Double = 720, height: Double = 360) -> String {
    let data = chartData.drawable
    let left = 64.0, right = 24.0, top = 40.0, bottom = 40.0
    var years = data.history.map(\.year) + data.forecast.map(\.year) + data.requiredPath.map(\.year)
    var values = data.history.map(\.value) + data.requiredPath.map(\.value)
      + data.forecast.flatMap { [$0.lower95, $0.upper95] } + data.milestones.map(\.value)
    if let t = data.target { years.append(t.year); values.append(t.value) }
    guard let minYear = years.min(), let maxYear = years.max(), var low = values.filter(\.isFinite).min(), var high = values.filter(\.isFinite).max() else {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"60\"><text x=\"10\" y=\"30\">no data</text></svg>"
    }
    if high == low { (low, high) = (low - max(1, abs(low) * 1e-6), high + max(1, abs(high) * 1e-6)) }
    // Halves keep the range finite when the values span most of Double's range.
    let pad = (high / 2 - low / 2) * 0.16
    low = min(low - pad, low >= 0 && low - pad < 0 ? 0 : low - pad)
    high += pad
    (low, high) = (max(low, -.greatestFiniteMagnitude), min(high, .greatestFiniteMagnitude))
    let halfRange = high / 2 - low / 2
    let spanYears = Double(max(1, maxYear - minYear))
    func x(_ year: Int) -> Double { left + (Double(year - minYear) / spanYears) * (width - left - right) }
    func y(_ v: Double) -> Double { top + (1 - (v / 2 - low / 2) / halfRange) * (height - top - bottom) }
    func f(_ v: Double) -> String { ValueFormatting.fixed(v, decimals: 1) }
    func polyline(_ points: [(Int, Double)]) -> String { points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") }
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="#ffffff"/>
      <text x="\(f(left))" y="22" font-size="15" font-weight="600" fill="#1f2937">\(escape(data.title))</text>
      <text x="\(f(width - right))" y="22" text-anchor="end" fill="#6b7280">\(escape(data.unit))</text>

      """
    // Grid and axis labels.
    for i in 0...4 {
      let v = low * (1 - Double(i) / 4) + high * (Double(i) / 4)
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#e5e7eb\"/>"
      svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" fill=\"#6b7280\">\(ValueFormatting.significant(v, digits: 4))</text>\n"
    }
    let step = max(1, Int((spanYears / 8).rounded(.up)))
    for year in stride(from: minYear, through: maxYear, by: step) {
      svg += "<text x=\"\(f(x(year)))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\" fill=\"#6b7280\">\(year)</text>\n"
    }
    // Forecast fan: 95% then 80% band, from the last observed point.
    if !data.forecast.isEmpty, let last = data.history.last {
      func band(_ lower: KeyPath<ChartData.Band, Double>, _ upper: KeyPath<ChartData.Band, Double>, _ colour: String) -> String {
        let top = [(last.year, last.value)] + data.forecast.map { ($0.year, $0[keyPath: upper]) }
        let bottomLine = data.forecast.reversed().map { ($0.year, $0[keyPath: lower]) } + [(last.year, last.value)]
        return "<polygon points=\"\(polyline(top + bottomLine))\" fill=\"\(colour)\"/>\n"
      }
      svg += band(\.lower95, \.upper95, "#dbeafe") + band(\.lower80, \.upper80, "#bfdbfe")
      svg += "<polyline points=\"\(polyline([(last.year, last.value)] + data.forecast.map { ($0.year, $0.mean) }))\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
    }
    if !data.requiredPath.isEmpty {
      svg += "<polyline points=\"\(polyline(data.requiredPath.map { ($0.year, $0.value) }))\" fill=\"none\" stroke=\"#d97706\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n"
    }
    if let t = data.target {
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(t.value)))\" y2=\"\(f(y(t.value)))\" stroke=\"#dc2626\" stroke-width=\"1\"/>"
      svg += "<circle cx=\"\(f(x(t.year)))\" cy=\"\(f(y(t.value)))\" r=\"5\" fill=\"#dc2626\"/>"
      svg += "<text x=\"\(f(x(t.year) - 8))\" y=\"\(f(y(t.value) - 8))\" text-anchor=\"end\" fill=\"#dc2626\">\(ValueFormatting.shortest(t.value))</text>\n"
    }
    for m in data.milestones where m.value.isFinite {
      svg += "<rect x=\"\(f(x(m.year) - 4))\" y=\"\(f(y(m.value) - 4))\" width=\"8\" height=\"8\" fill=\"#d97706\"/>"
      svg += "<text x=\"\(f(x(m.year) + 8))\" y=\"\(f(y(m.value) + 4))\" fill=\"#92400e\">\(escape(m.label))</text>\n"
    }
    if !data.history.isEmpty {
      svg += "<polyline points=\"\(polyline(data.history.map { ($0.year, $0.value) }))\" fill=\"none\" stroke=\"#111827\" stroke-width=\"2\"/>\n"
      for p in data.history { svg += "<circle cx=\"\(f(x(p.year)))\" cy=\"\(f(y(p.value)))\" r=\"2.5\" fill=\"#111827\"/>" }
    }
    // Legend.
    let legend: [(String, String)] = [("#111827", "实际 actual"), ("#2563eb", "预测 forecast (80/95%)"), ("#d97706", "所需路径 required path"), ("#dc2626", "目标 target")]
    for (i, item) in legend.enumerated() {
      let lx = left + Double(i) * 160
      svg += "<rect x=\"\(f(lx))\" y=\"\(f(height - 14))\" width=\"10\" height=\"10\" fill=\"\(item.0)\"/><text x=\"\(f(lx + 14))\" y=\"\(f(height - 5))\" fill=\"#374151\">\(item.1)</text>"
    }
    return svg + "\n</svg>\n"
  }

  package static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
