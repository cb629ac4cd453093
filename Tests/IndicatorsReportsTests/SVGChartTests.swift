import IndicatorsCore
import IndicatorsReports
import Testing

@Suite struct SVGChartTests {
  // Plot area of the default 720×360 chart: x from 64 to 696, y from 40 to 320.
  static let data = ChartData(
    title: "绵阳市 · <GDP> & \"more\"", unit: "亿元", history: [(2020, 10), (2030, 20)],
    forecast: [.init(year: 2031, mean: 21, lower80: 20.5, upper80: 21.5, lower95: 20, upper95: 22)],
    target: (2031, 22), milestones: [(2025, 15, "三年<攻坚>")])

  @Test func pointsAreScaledIntoThePlotArea() {
    // Values span 10…22, padded by 8% (0.96) each side: y(v) = 40 + (1 − (v − 9.04)/13.92)·280.
    // Years span 2020…2031: x(year) = 64 + (year − 2020)/11 · 632.
    let svg = SVGChart.render(Self.data)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 360\""))
    #expect(svg.contains("<polyline points=\"64.0,300.7 638.5,99.5\" fill=\"none\" stroke=\"#111827\""))
    // The target: a line across the plot at y(22) and a dot at the due year.
    #expect(svg.contains("<line x1=\"64.0\" x2=\"696.0\" y1=\"59.3\" y2=\"59.3\" stroke=\"#dc2626\""))
    #expect(svg.contains("<circle cx=\"696.0\" cy=\"59.3\" r=\"5\""))
    // The forecast fan starts at the last observed point.
    #expect(svg.contains("<polyline points=\"638.5,99.5 696.0,79.4\" fill=\"none\" stroke=\"#2563eb\""))
  }

  @Test func escapesUserText() {
    let svg = SVGChart.render(Self.data)
    #expect(svg.contains(">绵阳市 · &lt;GDP&gt; &amp; &quot;more&quot;</text>"))
    #expect(svg.contains(">三年&lt;攻坚&gt;</text>"))
    #expect(!svg.contains("<GDP>"))
  }

  @Test func emptyChartSaysSo() {
    let svg = SVGChart.render(ChartData(title: "x", unit: "", history: []))
    #expect(svg.contains("no data"))
  }

  @Test func flatSeriesStillHasAScale() {
    let svg = SVGChart.render(ChartData(title: "x", unit: "", history: [(2020, 5), (2021, 5)]))
    #expect(!svg.contains("nan"))
    #expect(svg.contains("<polyline points=\"64.0,180.0 696.0,180.0\""))
  }
}

@Suite struct HostileSVGChartTests {
  /// Values near Double's limits and forecast bounds that are not finite give a chart whose every
  /// coordinate is a number, and leave out what cannot be placed.
  @Test(arguments: [1.7e308, -1.7e308, 5.0, 0.0, 1e-320])
  func everyCoordinateIsFinite(_ level: Double) {
    let data = ChartData(
      title: "t", unit: "u", history: [(2020, level), (2021, level), (2022, .nan)],
      forecast: [
        .init(year: 2023, mean: level, lower80: level, upper80: .infinity, lower95: level, upper95: .infinity),
        .init(year: 2024, mean: level, lower80: level, upper80: level, lower95: level, upper95: level),
      ],
      requiredPath: [(2020, level), (2025, .infinity)], target: (2025, .nan), milestones: [(2024, -.infinity, "m")])
    let svg = SVGChart.render(data)
    #expect(!svg.contains("nan") && !svg.contains("inf") && !svg.contains("n/a"))
    #expect(svg.components(separatedBy: "<circle").count - 1 == 2)  // two finite history points, no target dot
  }
}
