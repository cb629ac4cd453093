import IndicatorsCore

/// Several series on one value axis (regions side by side): one line each, in colours told apart
/// by a legend.
package struct LineChartData: Sendable {
  package struct Line: Sendable {
    package var name: String
    package var points: [(year: Int, value: Double)]
    package init(name: String, points: [(year: Int, value: Double)]) {
      self.name = name
      self.points = points
    }
  }

  package var title: String
  /// The axis' unit (`亿元`, or `2015 = 100` for an index).
  package var unit: String
  package var lines: [Line]

  package init(title: String, unit: String, lines: [Line]) {
    self.title = title
    self.unit = unit
    self.lines = lines
  }
}

/// Renders `LineChartData` as a standalone SVG, 720×360 like `SVGChart`: nice ticks labelled by
/// `DisplayNumber`, one `<polyline class="series">` per line that has a finite point (a line of
/// one point is a dot: a polyline of one point draws nothing), a legend in the lines' order.
/// Points that are not finite are left out. Colours are Okabe–Ito's, which colour-blind readers
/// tell apart; past eight lines they repeat, dashed.
package enum LineChart {
  package static let colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"]

  package static func render(_ data: LineChartData, language: Language = .zh, width: Double = 720, height: Double = 360) -> String {
    let lines = data.lines.map { LineChartData.Line(name: $0.name, points: $0.points.filter(\.value.isFinite).sorted { $0.year < $1.year }) }
    let points = lines.flatMap(\.points)
    guard let minYear = points.map(\.year).min(), let maxYear = points.map(\.year).max(),
      let low = points.map(\.value).min(), let high = points.map(\.value).max()
    else {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"60\"><text x=\"10\" y=\"30\">\(language.pick("无数据", "no data"))</text></svg>"
    }
    let legendRows = (lines.count + 3) / 4
    let left = 64.0, right = 24.0, top = 40.0, bottom = 30.0 + 18 * Double(legendRows)
    let frame = PlotFrame(width: width, height: height, left: left, right: right, top: top, bottom: bottom, years: minYear...maxYear, low: low, high: high)
    let (x, y, f) = (frame.x, frame.y, PlotFrame.f)
    let e = SVGChart.escape
    var svg = frame.opening(title: data.title, unit: data.unit)
    for (index, line) in lines.enumerated() where !line.points.isEmpty {
      let colour = colours[index % colours.count]
      let dash = index >= colours.count ? " stroke-dasharray=\"6 3\"" : ""
      let coordinates = line.points.map { "\(f(x($0.year))),\(f(y($0.value)))" }.joined(separator: " ")
      svg += "<polyline class=\"series\" data-series=\"\(e(line.name))\" points=\"\(coordinates)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>"
      for p in line.points { svg += "<circle cx=\"\(f(x(p.year)))\" cy=\"\(f(y(p.value)))\" r=\"2.5\" fill=\"\(colour)\"/>" }
      svg += "\n"
    }
    // Legend: four to a row, under the year axis.
    for (index, line) in lines.enumerated() {
      let (row, column) = (index / 4, index % 4)
      let lx = left + Double(column) * (width - left - right) / 4
      let ly = height - bottom + 30 + 18 * Double(row)
      let name = line.points.isEmpty ? "\(line.name) (\(language.pick("无数据", "no data")))" : line.name
      svg += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 9))\" width=\"14\" height=\"4\" fill=\"\(colours[index % colours.count])\"/><text x=\"\(f(lx + 18))\" y=\"\(f(ly))\" fill=\"#374151\">\(e(name))</text>\n"
    }
    return svg + "</svg>\n"
  }
}
