import IndicatorsCore
import IndicatorsReports
import Testing

@Suite struct LineChartTests {
  @Test func drawsOneLineAndOneLegendEntryPerSeries() {
    let data = LineChartData(title: "GDP <&>", unit: "亿元", lines: [
      .init(name: "绵阳市", points: [(2020, 3010), (2021, 3350.29), (2022, 3626.94)]),
      .init(name: "成都市", points: [(2020, 17717), (2021, .nan), (2022, 20817.5)]),
      .init(name: "德阳市", points: []),
    ])
    let svg = LineChart.render(data, language: .zh)
    let lines = svg.components(separatedBy: "<polyline class=\"series\"").dropFirst()
    #expect(lines.count == 2)
    #expect(lines.first!.contains("stroke=\"\(LineChart.colours[0])\""))
    #expect(lines.dropFirst().first!.contains("stroke=\"\(LineChart.colours[1])\""))
    // The point that is not finite is left out: two coordinates on the second line.
    let points = lines.dropFirst().first!.components(separatedBy: "points=\"")[1].prefix { $0 != "\"" }
    #expect(points.split(separator: " ").count == 2)
    #expect(!svg.contains("nan") && !svg.contains("inf"))
    #expect(svg.contains(">德阳市 (无数据)</text>"))
    #expect(svg.contains("GDP &lt;&amp;&gt;"))
  }

  @Test func anEmptyChartSaysSo() {
    #expect(LineChart.render(LineChartData(title: "x", unit: "", lines: []), language: .en).contains("no data"))
  }
}
