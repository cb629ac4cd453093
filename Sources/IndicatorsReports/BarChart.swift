import Foundation
import IndicatorsCore

/// An annual target drawn as bars: one bar per year's value, the target as a horizontal line, and
/// for the target's year, when it has no value yet, a pale bar at the projection with its 95%
/// interval as a whisker (from the forecast, or from the year-to-date figures).
package struct BarChartData: Sendable {
  package var title: String
  package var unit: String
  package var bars: [(year: Int, value: Double)]
  package var target: (year: Int, value: Double)
  /// The target year's projection: mean and 95% bounds.
  package var projection: (mean: Double, lower: Double, upper: Double)?
  /// What the projection rests on (`2024年1-9月`), shown beside it.
  package var projectionNote: String

  package init(
    title: String, unit: String, bars: [(year: Int, value: Double)], target: (year: Int, value: Double),
    projection: (mean: Double, lower: Double, upper: Double)? = nil, projectionNote: String = ""
  ) {
    self.title = title; self.unit = unit; self.bars = bars; self.target = target
    self.projection = projection; self.projectionNote = projectionNote
  }
}

/// Renders `BarChartData` as a standalone SVG, 720×360, in the style of `SVGChart`. Values that are
/// not finite are left out; bars start at zero when every value is positive (or negative), else at
/// the axis through zero.
package enum BarChart {
  package static func render(_ data: BarChartData, language: Language = .zh, width: Double = 720, height: Double = 360) -> String {
    let f = { (v: Double) in ValueFormatting.fixed(v, decimals: 1) }
    let bars = data.bars.filter(\.value.isFinite)
    let projection = data.projection.flatMap { [$0.mean, $0.lower, $0.upper].allSatisfy(\.isFinite) ? $0 : nil }
    var values = bars.map(\.value) + [0]
    if data.target.value.isFinite { values.append(data.target.value) }
    if let p = projection { values += [p.lower, p.upper] }
    var years = bars.map(\.year) + [data.target.year]
    years = Array(Set(years)).sorted()
    guard var low = values.min(), var high = values.max(), let first = years.first, let last = years.last else {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"60\"><text x=\"10\" y=\"30\">\(language.pick("无数据", "no data"))</text></svg>"
    }
    if high == low { high = low + 1 }
    let pad = (high / 2 - low / 2) * 0.12
    (low, high) = (low < 0 ? low - pad : low, high > 0 ? high + pad : high)
    let left = 64.0, right = 24.0, top = 40.0, bottom = 40.0
    let slots = Double(last - first + 1)
    let slot = (width - left - right) / slots
    func x(_ year: Int) -> Double { left + (Double(year - first) + 0.5) * slot }
    func y(_ v: Double) -> Double { top + (1 - (v / 2 - low / 2) / (high / 2 - low / 2)) * (height - top - bottom) }
    let zero = y(0)
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="#ffffff"/>
      <text x="\(f(left))" y="22" font-size="15" font-weight="600" fill="#1f2937">\(SVGChart.escape(data.title))</text>
      <text x="\(f(width - right))" y="22" text-anchor="end" fill="#6b7280">\(SVGChart.escape(data.unit))</text>

      """
    let (tickStep, tickDecimals) = niceStep((high - low) / 4)
    var tick = (low / tickStep).rounded(.up)
    while tick * tickStep <= high, tick.isFinite {
      let v = tick * tickStep
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#e5e7eb\"/>"
      svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" fill=\"#6b7280\">\(ValueFormatting.fixed(v, decimals: tickDecimals))</text>\n"
      tick += 1
    }
    let barWidth = min(48, slot * 0.6)
    let step = max(1, Int((slots / 12).rounded(.up)))
    for year in stride(from: first, through: last, by: step) {
      svg += "<text x=\"\(f(x(year)))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\" fill=\"#6b7280\">\(year)</text>\n"
    }
    for bar in bars {
      let (a, b) = (min(y(bar.value), zero), max(y(bar.value), zero))
      let met = bar.year == data.target.year
      svg += "<rect x=\"\(f(x(bar.year) - barWidth / 2))\" y=\"\(f(a))\" width=\"\(f(barWidth))\" height=\"\(f(b - a))\" fill=\"\(met ? "#1d4ed8" : "#6b7280")\"/>"
      svg += "<text x=\"\(f(x(bar.year)))\" y=\"\(f(a - 4))\" text-anchor=\"middle\" fill=\"#374151\">\(DisplayNumber.value(bar.value))</text>\n"
    }
    if let p = projection, !bars.contains(where: { $0.year == data.target.year }) {
      let cx = x(data.target.year)
      let (a, b) = (min(y(p.mean), zero), max(y(p.mean), zero))
      svg += "<rect x=\"\(f(cx - barWidth / 2))\" y=\"\(f(a))\" width=\"\(f(barWidth))\" height=\"\(f(b - a))\" fill=\"#bfdbfe\" stroke=\"#2563eb\" stroke-dasharray=\"4 3\"/>"
      svg += "<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(y(p.lower)))\" y2=\"\(f(y(p.upper)))\" stroke=\"#2563eb\" stroke-width=\"1.5\"/>"
      svg += "<text x=\"\(f(cx + barWidth / 2 + 4))\" y=\"\(f(y(p.mean) + 4))\" fill=\"#1d4ed8\">\(ValueFormatting.fixed(p.mean, decimals: 2)) \(SVGChart.escape(data.projectionNote))</text>\n"
    }
    if data.target.value.isFinite {
      let ty = y(data.target.value)
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(ty))\" y2=\"\(f(ty))\" stroke=\"#dc2626\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>"
      svg += "<text x=\"\(f(width - right))\" y=\"\(f(ty - 6))\" text-anchor=\"end\" fill=\"#dc2626\">\(language.pick("目标", "target")) \(DisplayNumber.value(data.target.value))</text>\n"
    }
    let legend: [(String, String)] = [
      ("#6b7280", language.pick("实际", "actual")), ("#bfdbfe", language.pick("预计（95%区间）", "projected (95%)")),
      ("#dc2626", language.pick("目标", "target")),
    ]
    for (i, item) in legend.enumerated() {
      let lx = left + Double(i) * 160
      svg += "<rect x=\"\(f(lx))\" y=\"\(f(height - 14))\" width=\"10\" height=\"10\" fill=\"\(item.0)\"/><text x=\"\(f(lx + 14))\" y=\"\(f(height - 5))\" fill=\"#374151\">\(item.1)</text>"
    }
    return svg + "\n</svg>\n"
  }

  /// The axis step: 1, 2, 2.5 or 5 × 10^k, the first at least `raw`, and the decimals it needs.
  /// Precondition: `raw` > 0 and finite (the caller's range is never empty).
  package static func niceStep(_ raw: Double) -> (step: Double, decimals: Int) {
    let k = (raw.isFinite && raw > 0 ? log10(raw) : 0).rounded(.down)
    let magnitude = pow(10, k)
    let mantissa = [1, 2, 2.5, 5, 10].first { $0 * magnitude >= raw * (1 - 1e-12) } ?? 10
    let decimals = max(0, Int(-k) + (mantissa == 2.5 ? 1 : 0))
    return (mantissa * magnitude, decimals)
  }
}
