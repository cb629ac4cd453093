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
/// written is a finite number even for values near ±1.8e308. The value axis has "nice" ticks
/// (1, 2, 2.5 or 5 × 10ⁿ), value labels carry a white halo and sit on the side of their line away
/// from the data, and the legend lists only what is drawn, in `language`.
package enum SVGChart {
  /// CJK fonts first, by the names Linux, macOS and Windows give them, then any sans-serif.
  package static let fontFamily = "'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif"

  package static func render(_ chartData: ChartData, language: Language = .zh, width: Double = 720, height: Double = 360) -> String {
    let data = chartData.drawable
    let left = 64.0, right = 24.0, top = 40.0, bottom = 44.0
    var years = data.history.map(\.year) + data.forecast.map(\.year) + data.requiredPath.map(\.year)
    var values = data.history.map(\.value) + data.requiredPath.map(\.value)
      + data.forecast.flatMap { [$0.lower95, $0.upper95] } + data.milestones.map(\.value)
    if let t = data.target { years.append(t.year); values.append(t.value) }
    guard let minYear = years.min(), let maxYear = years.max(), let low = values.filter(\.isFinite).min(), let high = values.filter(\.isFinite).max() else {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"60\"><text x=\"10\" y=\"30\">\(language.pick("无数据", "no data"))</text></svg>"
    }
    let frame = PlotFrame(width: width, height: height, left: left, right: right, top: top, bottom: bottom, years: minYear...maxYear, low: low, high: high)
    let (x, y, f) = (frame.x, frame.y, PlotFrame.f)
    func polyline(_ points: [(Int, Double)]) -> String { points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") }
    /// The heights (SVG y) of everything drawn at a year, to keep labels off them.
    func dataHeights(near year: Int) -> [Double] {
      let history = data.history.filter { abs($0.year - year) <= 1 }.map { y($0.value) }
      let fan = data.forecast.filter { abs($0.year - year) <= 1 }.flatMap { [y($0.lower95), y($0.mean), y($0.upper95)] }
      let path = data.requiredPath.filter { abs($0.year - year) <= 1 }.map { y($0.value) }
      return history + fan + path
    }
    /// A label's baseline above or below `lineY`, whichever keeps its 14 px box clear of the data near `year`.
    func labelBaseline(at lineY: Double, year: Int) -> Double {
      let above = lineY - 6, below = lineY + 16
      let heights = dataHeights(near: year)
      func clearance(_ baseline: Double) -> Double { heights.map { min(abs($0 - baseline), abs($0 - (baseline - 12))) }.min() ?? .infinity }
      let fitsBelow = below < height - bottom - 2
      let fitsAbove = above - 12 > top - 6
      if !fitsBelow { return above }
      if !fitsAbove { return below }
      return clearance(above) >= clearance(below) ? above : below
    }
    let halo = "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
    var svg = frame.opening(title: data.title, unit: data.unit)
    // Forecast fan: 95% then 80% band, from the last observed point.
    let drawsFan = !data.forecast.isEmpty && !data.history.isEmpty
    if drawsFan, let last = data.history.last {
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
    if !data.history.isEmpty {
      svg += "<polyline points=\"\(polyline(data.history.map { ($0.year, $0.value) }))\" fill=\"none\" stroke=\"#111827\" stroke-width=\"2\"/>\n"
      for p in data.history { svg += "<circle cx=\"\(f(x(p.year)))\" cy=\"\(f(y(p.value)))\" r=\"2.5\" fill=\"#111827\"/>" }
      svg += "\n"
    }
    // Labels last, so that their halo covers the lines beneath them.
    if let t = data.target {
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(t.value)))\" y2=\"\(f(y(t.value)))\" stroke=\"#dc2626\" stroke-width=\"1\"/>"
      svg += "<circle cx=\"\(f(x(t.year)))\" cy=\"\(f(y(t.value)))\" r=\"5\" fill=\"#dc2626\"/>"
      // At the left end of the target line, where the data are oldest and usually far below it.
      let labelYear = minYear
      svg += "<text x=\"\(f(left + 4))\" y=\"\(f(labelBaseline(at: y(t.value), year: labelYear)))\" fill=\"#dc2626\" \(halo)>\(language.pick("目标", "target")) \(DisplayNumber.significant(t.value, digits: 4))</text>\n"
    }
    for m in data.milestones {
      svg += "<rect x=\"\(f(x(m.year) - 4))\" y=\"\(f(y(m.value) - 4))\" width=\"8\" height=\"8\" fill=\"#d97706\"/>"
      // Right of the marker, above or below it as the data leave room.
      svg += "<text x=\"\(f(x(m.year) + 8))\" y=\"\(f(labelBaseline(at: y(m.value), year: m.year)))\" fill=\"#92400e\" \(halo)>\(escape(m.label)) \(DisplayNumber.significant(m.value, digits: 4))</text>\n"
    }
    // Legend: what was drawn, nothing else.
    var legend: [(colour: String, text: String)] = []
    if !data.history.isEmpty { legend.append(("#111827", language.pick("实际", "actual"))) }
    if drawsFan { legend.append(("#2563eb", language.pick("预测（80%/95%区间）", "forecast (80%/95% intervals)"))) }
    if !data.requiredPath.isEmpty { legend.append(("#d97706", language.pick("所需路径", "required path"))) }
    if data.target != nil { legend.append(("#dc2626", language.pick("目标", "target"))) }
    if !data.milestones.isEmpty { legend.append(("#d97706", language.pick("阶段目标", "milestone"))) }
    var lx = left
    for item in legend {
      svg += "<rect x=\"\(f(lx))\" y=\"\(f(height - 14))\" width=\"10\" height=\"10\" fill=\"\(item.colour)\"/><text x=\"\(f(lx + 14))\" y=\"\(f(height - 5))\" fill=\"#374151\">\(escape(item.text))</text>"
      lx += 14 + Double(ChineseText.displayWidth(item.text)) * 6.5 + 24
    }
    return svg + "\n</svg>\n"
  }

  /// The value axis for data from `low` to `high` (finite, `low ≤ high`): the range padded by 8%
  /// (not below 0 for data that are not), widened to "nice" ticks where the range allows, and the
  /// ticks' labels (`DisplayNumber`). Every chart's axis, so that they read alike.
  package static func valueAxis(low dataLow: Double, high dataHigh: Double) -> (low: Double, high: Double, ticks: [Double], label: (Double) -> String) {
    var (low, high) = (dataLow, dataHigh)
    if high == low { (low, high) = (low - max(1, abs(low) * 1e-6), high + max(1, abs(high) * 1e-6)) }
    // Halves keep the range finite when the values span most of Double's range.
    let pad = (high / 2 - low / 2) * 0.08
    low = min(low - pad, low >= 0 && low - pad < 0 ? 0 : low - pad)
    high += pad
    (low, high) = (max(low, -.greatestFiniteMagnitude), min(high, .greatestFiniteMagnitude))
    // Nice ticks where the range allows them; they widen the axis to whole steps.
    var ticks: [Double] = (0...4).map { low * (1 - Double($0) / 4) + high * (Double($0) / 4) }
    var tickLabel: (Double) -> String = { DisplayNumber.significant($0, digits: 4) }
    if (high / 2 - low / 2) < .greatestFiniteMagnitude / 4, high - low > abs(high) * 1e-12 {
      let nice = DisplayNumber.niceTicks(low: low, high: high, count: 5)
      if nice.ticks.count >= 2, nice.ticks.allSatisfy(\.isFinite) {
        ticks = nice.ticks
        (low, high) = (nice.ticks.first!, nice.ticks.last!)
        tickLabel = { DisplayNumber.tick($0, step: nice.step) }
      }
    }
    return (low, high, ticks, tickLabel)
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
