import IndicatorsCore

/// The plot area a chart draws in — years across, values up on `SVGChart.valueAxis` — and the
/// frame around it: the SVG's opening, title and unit, the value grid with its labels, the year
/// labels. The target chart and the regions' line chart share it, so that they read alike.
struct PlotFrame {
  let width: Double, height: Double
  let left: Double, right: Double, top: Double, bottom: Double
  let minYear: Int, maxYear: Int
  let axis: (low: Double, high: Double, ticks: [Double], label: (Double) -> String)

  init(width: Double, height: Double, left: Double, right: Double, top: Double, bottom: Double,
       years: ClosedRange<Int>, low: Double, high: Double) {
    (self.width, self.height, self.left, self.right, self.top, self.bottom) = (width, height, left, right, top, bottom)
    (minYear, maxYear) = (years.lowerBound, years.upperBound)
    axis = SVGChart.valueAxis(low: low, high: high)
  }

  var spanYears: Double { Double(max(1, maxYear - minYear)) }

  func x(_ year: Int) -> Double { left + (Double(year - minYear) / spanYears) * (width - left - right) }

  /// Halves keep the arithmetic finite when the axis spans most of Double's range.
  func y(_ v: Double) -> Double { top + (1 - (v / 2 - axis.low / 2) / (axis.high / 2 - axis.low / 2)) * (height - top - bottom) }

  static func f(_ v: Double) -> String { ValueFormatting.fixed(v, decimals: 1) }

  /// The SVG up to the data: its opening tag and background, title and unit, grid and axis labels.
  func opening(title: String, unit: String) -> String {
    let f = Self.f
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" font-family="\(SVGChart.fontFamily)" font-size="12">
      <rect width="100%" height="100%" fill="#ffffff"/>
      <text x="\(f(left))" y="22" font-size="15" font-weight="600" fill="#1f2937">\(SVGChart.escape(title))</text>
      <text x="\(f(width - right))" y="22" text-anchor="end" fill="#6b7280">\(SVGChart.escape(unit))</text>

      """
    for v in axis.ticks {
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#e5e7eb\"/>"
      svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" fill=\"#6b7280\">\(axis.label(v))</text>\n"
    }
    let step = max(1, Int((spanYears / 8).rounded(.up)))
    for year in stride(from: minYear, through: maxYear, by: step) {
      svg += "<text x=\"\(f(x(year)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\" fill=\"#6b7280\">\(year)</text>\n"
    }
    return svg
  }
}
