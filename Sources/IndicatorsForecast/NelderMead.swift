import Foundation

/// Derivative-free minimisation by the Nelder–Mead simplex in the variant R's `optim` uses
/// (Nash 1990, *Compact Numerical Methods*, Algorithm 19; R's `nmmin`): reflection 1, contraction ½,
/// expansion 2; the first simplex steps each coordinate by 0.1·max|xᵢ| (0.1 when all are 0);
/// convergence when the spread of the vertex values is at most `relativeTolerance`·(|f₀| +
/// `relativeTolerance`), f₀ the value at the start; a shrink that does not shrink ends the search.
///
/// Following R matters here: ETS and Theta estimates are judged against R's `forecast` package,
/// and on the flat likelihoods of short yearly series two correct optimisers stop at different
/// points. Deterministic: same start, same answer.
///
/// - Precondition: `start` is not empty.
/// - Returns: the best vertex and its value. A non-finite value counts as 10³⁵ (a wall), so an
///   objective marks inadmissible parameters with `.infinity`. If the value at `start` is not
///   finite, returns `start` with `.infinity`.
enum NelderMead {
  ///
  /// `steps` replaces R's first simplex with one that moves coordinate i by `steps[i]`: a warm
  /// start from a nearby optimum converges in far fewer evaluations with small, scaled steps.
  static func minimize(
    _ objective: ([Double]) -> Double, start: [Double], steps: [Double]? = nil,
    relativeTolerance: Double = 1.490116119384765625e-8, maximumEvaluations: Int = 2000
  ) -> (point: [Double], value: Double) {
    precondition(!start.isEmpty, "NelderMead: nothing to minimise")
    let wall = 1e35
    func f(_ x: [Double]) -> Double {
      let value = objective(x)
      return value.isFinite ? value : wall
    }
    let n = start.count
    let first = objective(start)
    guard first.isFinite else { return (start, .infinity) }
    let convergence = relativeTolerance * (abs(first) + relativeTolerance)
    var evaluations = 1

    // The first simplex: the start and n points each moved along one coordinate.
    var vertices = [[Double]](repeating: start, count: n + 1)
    var values = [Double](repeating: first, count: n + 1)
    var step = start.map { 0.1 * abs($0) }.max()!
    if step == 0 { step = 0.1 }
    precondition(steps.map { $0.count == n && $0.allSatisfy { $0 > 0 } } ?? true, "NelderMead: one positive step per coordinate")
    var size = 0.0
    for j in 1...n {
      var trial = steps?[j - 1] ?? step
      while vertices[j][j - 1] == start[j - 1] {
        vertices[j][j - 1] = start[j - 1] + trial
        trial *= 10
      }
      size += trial
    }
    var previousSize = size
    var evaluateVertices = true
    var lowest = 0

    repeat {
      if evaluateVertices {
        for j in 0...n where j != lowest {
          values[j] = f(vertices[j])
          evaluations += 1
        }
        evaluateVertices = false
      }
      var low = values[lowest], high = low
      var highest = lowest
      for j in 0...n where j != lowest {
        if values[j] < low { lowest = j; low = values[j] }
        if values[j] > high { highest = j; high = values[j] }
      }
      if high <= low + convergence { break }

      var centroid = [Double](repeating: 0, count: n)
      for j in 0...n where j != highest {
        for i in 0..<n { centroid[i] += vertices[j][i] }
      }
      for i in 0..<n { centroid[i] /= Double(n) }
      let reflected = (0..<n).map { 2 * centroid[$0] - vertices[highest][$0] }
      let reflectedValue = f(reflected)
      evaluations += 1

      if reflectedValue < low {
        let expanded = (0..<n).map { 2 * reflected[$0] - centroid[$0] }
        let expandedValue = f(expanded)
        evaluations += 1
        if expandedValue < reflectedValue {
          (vertices[highest], values[highest]) = (expanded, expandedValue)
        } else {
          (vertices[highest], values[highest]) = (reflected, reflectedValue)
        }
        continue
      }
      if reflectedValue < high {
        (vertices[highest], values[highest]) = (reflected, reflectedValue)
      }
      let contracted = (0..<n).map { 0.5 * vertices[highest][$0] + 0.5 * centroid[$0] }
      let contractedValue = f(contracted)
      evaluations += 1
      if contractedValue < values[highest] {
        (vertices[highest], values[highest]) = (contracted, contractedValue)
      } else if reflectedValue >= high {
        // Shrink towards the best vertex; stop if the simplex no longer gets smaller.
        evaluateVertices = true
        size = 0
        for j in 0...n where j != lowest {
          for i in 0..<n {
            vertices[j][i] = 0.5 * (vertices[j][i] - vertices[lowest][i]) + vertices[lowest][i]
            size += abs(vertices[j][i] - vertices[lowest][i])
          }
        }
        if size < previousSize { previousSize = size } else { break }
      }
    } while evaluations <= maximumEvaluations
    return (vertices[lowest], values[lowest])
  }
}
