import IndicatorsCSV
import IndicatorsCore
import Testing

/// The observation reader on files worded like bulletins, and on files with many mistakes.
@Suite struct LenientImportTests {
  func parse(_ text: String) throws(InputError) -> ObservationFile {
    try ObservationFile.parse(bytes: Array(text.utf8), file: "t.csv")
  }

  @Test func unitsOfOneKindInsideAValueConvertToTheColumnsUnit() throws {
    let file = try parse("""
      indicator,region,period,value,unit
      fdi,yibin,2024,近3亿美元,万美元
      gdp,yibin,2024,0.38万亿元,亿元
      gdp,yibin,2023,4600余亿元,亿元
      """)
    let fdi = file.observations[0]
    #expect(fdi.unit?.symbol == "万美元")
    #expect(fdi.figure.number.doubleValue == 30000)
    #expect(fdi.qualifier == .below)
    #expect(file.observations[1].figure.number.doubleValue == 3800)
    #expect(file.observations[2].figure.number.doubleValue == 4600)
    #expect(file.observations[2].qualifier == .atLeast)
  }

  @Test func anotherKindOfUnitInsideAValueIsStillRefused() {
    #expect(throws: InputError(InputLocation(file: "t.csv", line: 2, column: 4), "the value says '%' but the unit column says '亿元'")) {
      try parse("indicator,region,period,value,unit\ngdp,yibin,2024,5%,亿元\n")
    }
  }

  @Test func noDataRowsAreSkippedAndCounted() throws {
    let file = try parse("""
      指标,地区,时期,数值,单位
      gdp_growth,yibin,2024年前三季度,同比增长6.0%,%
      gdp_growth,yibin,2024年上半年,—,%
      gdp_growth,yibin,2024年全年,-,%
      gdp_growth,yibin,2023年,,%
      gdp_growth,yibin,2022年,－,%
      """)
    #expect(file.observations.count == 1)
    #expect(file.observations[0].period.canonical == "2024YTD9")
    #expect(file.observations[0].figure.number.doubleValue == 6.0)
    #expect(file.noDataLines == [3, 4, 5, 6])
  }

  @Test func aFileOfOnlyNoDataSaysSo() {
    #expect(throws: InputError(InputLocation(file: "t.csv", line: 2), "the file has no values to import (every value says no data: —, - or empty)")) {
      try parse("indicator,region,period,value\ngdp,yibin,2024,—\n")
    }
  }

  /// Every mistake is reported, each at its own column; a wide row's bad cells each count.
  @Test func everyMistakeOfAFileIsReported() throws {
    let text = """
      indicator,region,unit,2022,2023,2024
      gdp,yibin,亿元,abc,3800,x
      ,yibin,亿元,1,2,3
      gdp,yibin,亿元,1,2
      """
    do {
      _ = try parse(text)
      Issue.record("no error")
    } catch {
      let all = [error.location] + error.further.map(\.location)
      #expect(all == [
        InputLocation(file: "t.csv", line: 2, column: 4), InputLocation(file: "t.csv", line: 2, column: 6),
        InputLocation(file: "t.csv", line: 3, column: 1), InputLocation(file: "t.csv", line: 4),
      ])
    }
  }

  @Test func aBadRegionIsPlacedAtItsOwnColumn() throws {
    let file = try parse("indicator,region,period,value\ngdp,宜宾市,2024,3700\n")
    #expect(file.observations[0].regionLocation == InputLocation(file: "t.csv", line: 2, column: 2))
    #expect(file.observations[0].indicatorLocation == InputLocation(file: "t.csv", line: 2, column: 1))
  }

  @Test func theReportStopsListingAtFiftyButCountsTheRest() throws {
    let rows = (1...60).map { "gdp,yibin,2024,bad\($0)" }.joined(separator: "\n")
    do {
      _ = try parse("indicator,region,period,value\n" + rows)
      Issue.record("no error")
    } catch {
      #expect(1 + error.further.count == InputError.reportLimit)
      #expect(error.leftOut == 10)
      #expect(error.description.contains("60 problems"))
    }
  }

  @Test func rowsWithoutASourceTakeTheDefaults() throws {
    var reader = try ObservationReader(bytes: Array("indicator,region,unit,来源,2023\ngdp,yibin,亿元,,3800\ngdp,luzhou,亿元,泸州公报,2600\n".utf8), file: "t.csv")
    reader.sourceDefaults = SourceReference(title: "宜宾市统计公报", published: "2025-03")
    let first = try #require(try reader.next())
    let second = try #require(try reader.next())
    #expect(first.source == SourceReference(title: "宜宾市统计公报", published: "2025-03"))
    #expect(second.source == SourceReference(title: "泸州公报", published: "2025-03"))
  }

  @Test func catalogueFilesTakeChineseHeadersAndAliases() throws {
    let regions = try CatalogFile.regions(bytes: Array("代码,中文名,英文名,上级,别名\nyibin,宜宾市,Yibin,sichuan,宜宾;Yibin City\n".utf8), file: "r.csv")
    #expect(regions == [RegionDefinition(code: "yibin", nameZh: "宜宾市", nameEn: "Yibin", parent: "sichuan", aliases: ["宜宾", "Yibin City"])])
    let indicators = try CatalogFile.indicators(bytes: Array("code,name_zh,unit,aliases\ngdp_growth,地区生产总值增速,%,GDP增速、经济增速\n".utf8), file: "i.csv")
    #expect(indicators.first?.measureKind == .rate)
    #expect(indicators.first?.nameEn == "gdp_growth")
    #expect(indicators.first?.aliases == ["GDP增速", "经济增速"])
  }

  @Test func catalogueFileMistakesAreAllNamed() {
    do {
      _ = try CatalogFile.indicators(bytes: Array("code,name_zh,unit\nGDP,x,亿元\nok,y,桶\n".utf8), file: "i.csv")
      Issue.record("no error")
    } catch {
      #expect([error.location] + error.further.map(\.location) == [
        InputLocation(file: "i.csv", line: 2, column: 1), InputLocation(file: "i.csv", line: 3, column: 3),
      ])
    }
  }
}
