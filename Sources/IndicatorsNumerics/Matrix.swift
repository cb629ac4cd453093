/// A dense matrix stored column-major, as LAPACK wants it: element (i, j) is `values[i + j*rows]`.
package struct Matrix: Equatable, Sendable {
  package let rows: Int
  package let columns: Int
  package var values: [Double]

  package init(rows: Int, columns: Int, values: [Double]) {
    precondition(values.count == rows * columns, "Matrix: \(values.count) values for \(rows)×\(columns)")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  /// Builds a matrix from its columns.
  package init(columns: [[Double]]) {
    let rows = columns.first?.count ?? 0
    precondition(columns.allSatisfy { $0.count == rows }, "Matrix: columns of different lengths")
    self.init(rows: rows, columns: columns.count, values: columns.flatMap { $0 })
  }

  package subscript(row: Int, column: Int) -> Double {
    get { values[row + column * rows] }
    set { values[row + column * rows] = newValue }
  }

  package func column(_ j: Int) -> ArraySlice<Double> {
    values[(j * rows)..<((j + 1) * rows)]
  }
}

#if arch(x86_64) || arch(i386)
  /// The precision residuals are accumulated in during iterative refinement: the x87 80-bit
  /// format (64-bit significand, about 19 digits) where the hardware has it.
  package typealias ExtendedReal = Float80
#else
  /// Without x87 extended precision, refinement still runs but gains less.
  package typealias ExtendedReal = Double
#endif
