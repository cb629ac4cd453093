/// Solves with a Q R factor from `LAPACK.pivotedQR` (in the factor's permuted, scaled coordinates).
struct QRSolver {
  let factor: Matrix
  let tau: [Double]
  let size: Int

  /// z = R⁻¹ (Qᵀ y)[0..<p]: the least-squares solution.
  func solveLeastSquares(_ y: [Double]) -> [Double] {
    let c = LAPACK.applyQ(factor, tau: tau, to: y, transpose: true)
    return LAPACK.solveUpperTriangular(factor, size: size, Array(c.prefix(size)), transpose: false)!
  }

  /// c = (RᵀR)⁻¹ e, by two triangular solves.
  func solveSemiNormal(_ e: [Double]) -> [Double] {
    let h = LAPACK.solveUpperTriangular(factor, size: size, e, transpose: true)!
    return LAPACK.solveUpperTriangular(factor, size: size, h, transpose: false)!
  }

  /// Corrections (dz, dr) solving [I A; Aᵀ 0][dr; dz] = [f; g] with A = Q R:
  /// Rᵀ h = g; d = Qᵀ f; R dz = d₁ − h; dr = Q [h; d₂]  (Björck 1996, eq. 2.9.7).
  func augmentedCorrection(f: [Double], g: [Double]) -> (dz: [Double], dr: [Double]) {
    let h = LAPACK.solveUpperTriangular(factor, size: size, g, transpose: true)!
    let d = LAPACK.applyQ(factor, tau: tau, to: f, transpose: true)
    let dz = LAPACK.solveUpperTriangular(factor, size: size, (0..<size).map { d[$0] - h[$0] }, transpose: false)!
    var v = d
    for k in 0..<size { v[k] = h[k] }
    let dr = LAPACK.applyQ(factor, tau: tau, to: v, transpose: false)
    return (dz, dr)
  }
}
