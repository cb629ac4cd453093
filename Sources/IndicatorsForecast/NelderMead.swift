import Foundation

/// Derivative-free minimisation (Nelder & Mead 1965, standard coefficients 1, 2, ½, ½), used to
/// estimate smoothing parameters. Deterministic: same start, same answer.
enum NelderMead {
  static func minimize(_ f: ([Double]) -> Double, start: [Double], step: Double = 0.1, iterations: Int = 400, tolerance: Double = 1e-10) -> [Double] {
    let n = start.count
    var simplex = [start] + (0..<n).map { i -> [Double] in var p = start; p[i] += step; return p }
    var values = simplex.map(f)
    for _ in 0..<iterations {
      let order = values.indices.sorted { values[$0] < values[$1] }
      simplex = order.map { simplex[$0] }
      values = order.map { values[$0] }
      if abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + tolerance) { break }
      let centroid = (0..<n).map { j in simplex[0..<n].reduce(0) { $0 + $1[j] } / Double(n) }
      func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) } }
      let reflected = along(-1), fr = f(reflected)
      if fr < values[0] {
        let expanded = along(-2), fe = f(expanded)
        (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr)
      } else if fr < values[n - 1] {
        (simplex[n], values[n]) = (reflected, fr)
      } else {
        let contracted = fr < values[n] ? along(-0.5) : along(0.5)
        let fc = f(contracted)
        if fc < min(fr, values[n]) {
          (simplex[n], values[n]) = (contracted, fc)
        } else {
          for i in 1...n {
            simplex[i] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
            values[i] = f(simplex[i])
          }
        }
      }
    }
    return simplex[values.indices.min { values[$0] < values[$1] }!]
  }
}

/// Maps an unconstrained real onto (low, high).
func bounded(_ x: Double, _ low: Double, _ high: Double) -> Double { low + (high - low) / (1 + exp(-x)) }
func unbounded(_ y: Double, _ low: Double, _ high: Double) -> Double { -log((high - low) / (y - low) - 1) }
