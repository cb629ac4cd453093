import IndicatorsCore
import IndicatorsReports
import Testing

@Suite struct SVGChartTests {
  // Plot area of the default 720×360 chart: x from 64 to 696, y from 40 to 316.
  static let data = ChartData(
    title: "绵阳市 · <GDP> & \"more\"", unit: "亿元", history: [(2020, 10), (2030, 20)],
    forecast: [.init(year: 2031, mean: 21, lower80: 20.5, upper80: 21.5, lower95: 20, upper95: 22)],
    target: (2031, 22), milestones: [(2025, 15, "三年<攻坚>")])

  @Test func pointsAreScaledIntoThePlotArea() {
    // Values span 10…22, padded by 8% (0.96) each side to 9.04…22.96; a fifth of that is 2.78,
    // so the nice step is 5 and the axis runs 5…25: y(v) = 40 + (1 − (v − 5)/20)·276.
    // Years span 2020…2031: x(year) = 64 + (year − 2020)/11 · 632.
    let svg = SVGChart.render(Self.data)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 360\""))
    #expect(svg.contains("<polyline points=\"64.0,247.0 638.5,109.0\" fill=\"none\" stroke=\"#111827\""))
    // The target: a line across the plot at y(22) and a dot at the due year.
    #expect(svg.contains("<line x1=\"64.0\" x2=\"696.0\" y1=\"81.4\" y2=\"81.4\" stroke=\"#dc2626\""))
    #expect(svg.contains("<circle cx=\"696.0\" cy=\"81.4\" r=\"5\""))
    // The forecast fan starts at the last observed point.
    #expect(svg.contains("<polyline points=\"638.5,109.0 696.0,95.2\" fill=\"none\" stroke=\"#2563eb\""))
  }

  @Test func axisTicksAreNiceNumbers() {
    let svg = SVGChart.render(Self.data)
    let labels = ["5", "10", "15", "20", "25"].map { ">\($0)</text>" }
    #expect(labels.allSatisfy(svg.contains))
    #expect(DisplayNumber.niceTicks(low: 1326, high: 6745).ticks == [0, 2000, 4000, 6000, 8000])
    #expect(DisplayNumber.niceTicks(low: 0.3, high: 1.4).ticks == [0.25, 0.5, 0.75, 1, 1.25, 1.5])
    #expect(DisplayNumber.tick(0.75, step: 0.25) == "0.75" && DisplayNumber.tick(4000, step: 2000) == "4000")
  }

  @Test func legendListsOnlyWhatIsDrawnInTheChartsLanguage() {
    let english = SVGChart.render(ChartData(title: "GDP", unit: "", history: [(2020, 1), (2021, 2)]), language: .en)
    #expect(english.contains(">actual</text>"))
    #expect(!english.contains("required path") && !english.contains("forecast") && !english.contains(">target"))
    let chinese = SVGChart.render(Self.data, language: .zh)
    #expect(chinese.contains(">实际</text>") && chinese.contains(">预测（80%/95%区间）</text>") && chinese.contains(">目标</text>"))
    #expect(!chinese.contains("所需路径") && !chinese.contains("actual"))
  }

  @Test func labelsAreRoundedAndKeptOffTheData() {
    let data = ChartData(title: "t", unit: "", history: [(2020, 3000), (2021, 3300)], target: (2025, 3930.118255629085))
    let svg = SVGChart.render(data, language: .en)
    #expect(svg.contains(">target 3930</text>") && !svg.contains("3930.118"))
    // The label's text has a white halo beneath it, so a line it crosses does not hide it.
    #expect(svg.contains("paint-order=\"stroke\">target 3930</text>"))
  }

  @Test func escapesUserText() {
    let svg = SVGChart.render(Self.data)
    #expect(svg.contains(">绵阳市 · &lt;GDP&gt; &amp; &quot;more&quot;</text>"))
    #expect(svg.contains(">三年&lt;攻坚&gt; 15</text>"))
    #expect(!svg.contains("<GDP>"))
  }

  @Test func emptyChartSaysSo() {
    #expect(SVGChart.render(ChartData(title: "x", unit: "", history: []), language: .en).contains(">no data<"))
    #expect(SVGChart.render(ChartData(title: "x", unit: "", history: []), language: .zh).contains(">无数据<"))
  }

  @Test func flatSeriesStillHasAScale() {
    let svg = SVGChart.render(ChartData(title: "x", unit: "", history: [(2020, 5), (2021, 5)]))
    #expect(!svg.contains("nan"))
    // 5 ± 1, padded by 8% to 3.84…6.16; step 0.5, so the axis runs 3.5…6.5 and 5 sits halfway.
    #expect(svg.contains("<polyline points=\"64.0,178.0 696.0,178.0\""))
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
