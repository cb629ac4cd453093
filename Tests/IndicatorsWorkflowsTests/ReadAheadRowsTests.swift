import IndicatorsCore
import Testing

@testable import IndicatorsWorkflows

/// Rows read on a second thread come out as the source gives them, mistakes included, and the
/// reading stops when the caller does.
@Suite struct ReadAheadRowsTests {
  /// Rows numbered by their line, a mistake after `failAfter` rows if set.
  struct NumberedRows: ObservationSource {
    let total: Int
    var failAfter: Int? = nil
    var given = 0

    mutating func next() throws(InputError) -> ObservationInput? {
      if let failAfter, given == failAfter { throw InputError(InputLocation(file: "t.csv", line: given + 2), "bad row") }
      guard given < total else { return nil }
      given += 1
      return ObservationInput(
        indicator: "gdp", region: "mianyang", period: .year(2000 + given), figure: Figure(number: DecimalText(Double(given))),
        unit: nil, qualifier: .exact, status: .normal, source: SourceReference(title: "t"), vintage: nil, locator: "", note: "",
        location: InputLocation(file: "t.csv", line: given + 1))
    }
  }

  func lines(_ rows: inout ReadAheadRows<NumberedRows>) throws -> [Int] {
    var lines: [Int] = []
    while let row = try rows.next() { lines.append(row.location.line) }
    return lines
  }

  @Test(arguments: [0, 1, 2, 3, 4, 9, 10, 11])
  func everyRowInOrderAroundBatchEnds(_ total: Int) throws {
    var rows = ReadAheadRows(NumberedRows(total: total), batchSize: 3, depth: 1)
    #expect(try lines(&rows) == Array(stride(from: 2, to: total + 2, by: 1)))
    #expect(try rows.next() == nil)
    #expect(rows.finish().given == total)
  }

  @Test(arguments: [0, 2, 3, 7])
  func theMistakeComesAfterTheRowsBeforeIt(_ failAfter: Int) throws {
    var rows = ReadAheadRows(NumberedRows(total: 20, failAfter: failAfter), batchSize: 3, depth: 2)
    var lines: [Int] = []
    do {
      while let row = try rows.next() { lines.append(row.location.line) }
      Issue.record("no mistake thrown")
    } catch {
      #expect(error.location.line == failAfter + 2)
    }
    #expect(lines == Array(stride(from: 2, to: failAfter + 2, by: 1)))
    #expect(rows.finish().given == failAfter)
  }

  /// A caller that stops early (the store refused a row) gets the source back without it being
  /// read to the end: the reader waits at `depth` batches ahead, then stops.
  @Test func finishingEarlyStopsTheReading() throws {
    var rows = ReadAheadRows(NumberedRows(total: 1_000_000), batchSize: 10, depth: 2)
    #expect(try rows.next()?.location.line == 2)
    let source = rows.finish()
    #expect(source.given <= 10 * 4)
    // Asking again after `finish` ends the rows instead of waiting for a reader that is gone.
    for _ in 0..<20 { _ = try rows.next() }
    #expect(try rows.next() == nil)
  }
}
