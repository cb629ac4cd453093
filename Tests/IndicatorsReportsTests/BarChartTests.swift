import IndicatorsReports
import Testing

@Suite struct BarChartTests {
  /// Steps of 1, 2, 2.5, 5 × 10^k, the first at least a quarter of the range.
  @Test(arguments: [(3.379, 5.0, 0), (0.3379, 0.5, 1), (1.0, 1.0, 0), (1.2, 2.0, 0), (0.22, 0.25, 2), (9.9, 10.0, 0), (180, 200, 0)])
  func niceSteps(_ raw: Double, _ step: Double, _ decimals: Int) {
    let nice = BarChart.niceStep(raw)
    #expect(abs(nice.step - step) < 1e-12 && nice.decimals == decimals)
  }

  /// Five observed years, the target year projected: five grey bars, a pale projected bar with its
  /// whisker and note, the target line with its value, ticks 0, 5, 10.
  @Test func barsTargetLineAndProjection() {
    let data = BarChartData(
      title: "绵阳市 · 地区生产总值增速", unit: "%", bars: [(2019, 8.3), (2020, 4.1), (2021, 8.7), (2022, 5), (2023, 8)],
      target: (2024, 7), projection: (7.25, 1.75, 12.75), projectionNote: "据2024年1-9月")
    let svg = BarChart.render(data)
    // One value label per bar.
    #expect(svg.components(separatedBy: "text-anchor=\"middle\" fill=\"#374151\"").count - 1 == 5)
    #expect(svg.contains("fill=\"#bfdbfe\" stroke=\"#2563eb\""))
    #expect(svg.contains(">7.25 据2024年1-9月</text>"))
    #expect(svg.contains(">目标 7</text>"))
    #expect(svg.contains(">8.3</text>") && svg.contains(">0</text>") && svg.contains(">10</text>"))
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  /// The due year observed: its bar is drawn (in blue) and no projection.
  @Test func anObservedDueYearHasNoProjectedBar() {
    let data = BarChartData(title: "t", unit: "%", bars: [(2023, 8)], target: (2023, 7.5), projection: (8, 7, 9))
    let svg = BarChart.render(data)
    #expect(svg.contains("fill=\"#1d4ed8\"/>"))
    #expect(!svg.contains("stroke-dasharray=\"4 3\""))
  }
}
