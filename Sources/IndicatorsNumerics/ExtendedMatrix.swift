/// A column-major matrix of extended-precision reals, for forming residuals in refinement.
package struct ExtendedMatrix: Sendable {
  package let rows: Int
  package let columns: Int
  package var values: [ExtendedReal]

  package init(rows: Int, columns: Int, entry: (Int, Int) -> ExtendedReal) {
    self.rows = rows
    self.columns = columns
    var values = [ExtendedReal](repeating: 0, count: rows * columns)
    for j in 0..<columns { for i in 0..<rows { values[i + j * rows] = entry(i, j) } }
    self.values = values
  }

  /// The doubles of `matrix`, widened exactly.
  package init(_ matrix: Matrix) {
    self.init(rows: matrix.rows, columns: matrix.columns) { ExtendedReal(matrix[$0, $1]) }
  }

  package subscript(row: Int, column: Int) -> ExtendedReal {
    values[row + column * rows]
  }

  /// The design rounded to double.
  package var rounded: Matrix {
    Matrix(rows: rows, columns: columns, values: values.map(Double.init))
  }

  func rowDot(_ i: Int, _ v: [ExtendedReal]) -> ExtendedReal {
    var sum: ExtendedReal = 0
    for j in 0..<columns { sum += values[i + j * rows] * v[j] }
    return sum
  }

  func columnDot(_ j: Int, _ v: [ExtendedReal]) -> ExtendedReal {
    var sum: ExtendedReal = 0
    let base = j * rows
    for i in 0..<rows { sum += values[base + i] * v[i] }
    return sum
  }
}

extension ExtendedMatrix {
  /// The design of a polynomial of `degree` in x, columns 1, x, …, x^degree, with each power
  /// formed by repeated multiplication in extended precision and so correct to about 19 digits.
  package static func polynomial(_ x: [Double], degree: Int) -> ExtendedMatrix {
    ExtendedMatrix(rows: x.count, columns: degree + 1) { i, j in
      var power: ExtendedReal = 1
      for _ in 0..<j { power *= ExtendedReal(x[i]) }
      return power
    }
  }
}
