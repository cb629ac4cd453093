/// Data conditions that make a least-squares fit impossible. (Malformed calls, such as a response
/// whose length differs from the design's rows, are programmer errors and trap instead.)
package enum LeastSquaresError: Error, Equatable, Sendable, CustomStringConvertible {
  case tooFewObservations(observations: Int, parameters: Int)
  case nonFiniteValue(row: Int)
  case svdDidNotConverge

  package var description: String {
    switch self {
    case .tooFewObservations(let n, let p):
      "needs at least \(p) observations for \(p) parameters, got \(n)"
    case .nonFiniteValue(let row): "observation \(row + 1) is not a finite number"
    case .svdDidNotConverge: "the singular value decomposition did not converge"
    }
  }
}
