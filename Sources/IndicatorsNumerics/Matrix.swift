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
  /// format (64-bit significand, unit roundoff 2⁻⁶⁴ ≈ 5.4e-20, about 19 digits) where the
  /// hardware has it.
  ///
  /// Refinement can only recover digits the residual is computed to: with Float80 the refined
  /// solution is accurate to about min(16, 19 − log10 κ) digits, which is what the NIST StRD bars
  /// in `NISTAccuracyTests` were measured with (on x86_64 only).
  package typealias ExtendedReal = Float80
#else
  /// Without x87 extended precision (arm64 — Apple silicon, Linux on ARM — has no Float80),
  /// `ExtendedReal` is `Double`: refinement still runs and still corrects the QR solve's
  /// backward error, but residuals carry no extra digits, so it gains little on ill-conditioned
  /// designs. Expect roughly 16 − log10 κ correct digits: the well-conditioned NIST sets
  /// (Norris, NoInt, Longley) keep their bars, while Filip (κ ≈ 1e15 before scaling) and
  /// Wampler 4–5 are not expected to reach the x86_64 bars of `NISTAccuracyTests`; those have
  /// not been measured on ARM.
  package typealias ExtendedReal = Double
#endif
