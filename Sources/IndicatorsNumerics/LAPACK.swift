import CLAPACK

/// The only file that calls LAPACK. Each wrapper checks `info`: a negative value means an argument
/// was wrong (a programmer error: trap); positive values are returned to the caller to interpret.
enum LAPACK {
  /// A P = Q R by Householder QR with column pivoting (`dgeqp3`). Returns the packed factor (R in
  /// the upper triangle, Householder vectors below), the 0-based pivot order and the reflector
  /// scalars.
  static func pivotedQR(_ a: Matrix) -> (factor: Matrix, pivots: [Int], tau: [Double]) {
    var m = Int32(a.rows), n = Int32(a.columns), lda = Int32(max(1, a.rows))
    var factor = a
    var jpvt = [Int32](repeating: 0, count: a.columns)
    var tau = [Double](repeating: 0, count: min(a.rows, a.columns))
    var info: Int32 = 0
    var lwork: Int32 = -1
    var query = 0.0
    dgeqp3_(&m, &n, &factor.values, &lda, &jpvt, &tau, &query, &lwork, &info)
    precondition(info == 0, "dgeqp3 workspace query: info \(info)")
    lwork = Int32(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    dgeqp3_(&m, &n, &factor.values, &lda, &jpvt, &tau, &work, &lwork, &info)
    precondition(info == 0, "dgeqp3: info \(info)")
    return (factor, jpvt.map { Int($0) - 1 }, tau)
  }

  /// Q v or Qᵀ v for the Q of `pivotedQR` (`dormqr`).
  static func applyQ(_ factor: Matrix, tau: [Double], to v: [Double], transpose: Bool) -> [Double] {
    precondition(v.count == factor.rows)
    var side = CChar(UInt8(ascii: "L")), trans = CChar(UInt8(ascii: transpose ? "T" : "N"))
    var m = Int32(factor.rows), n: Int32 = 1, k = Int32(tau.count), lda = Int32(max(1, factor.rows))
    var ldc = Int32(max(1, factor.rows))
    var c = v
    var info: Int32 = 0
    var lwork: Int32 = -1
    var query = 0.0
    var a = factor.values
    dormqr_(&side, &trans, &m, &n, &k, &a, &lda, tau, &c, &ldc, &query, &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr workspace query: info \(info)")
    lwork = Int32(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    dormqr_(&side, &trans, &m, &n, &k, &a, &lda, tau, &c, &ldc, &work, &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr: info \(info)")
    return c
  }

  /// Solves R x = b or Rᵀ x = b with R the leading `size`×`size` upper triangle of `factor`
  /// (`dtrtrs`). Returns nil if R has an exact zero on its diagonal.
  static func solveUpperTriangular(_ factor: Matrix, size: Int, _ b: [Double], transpose: Bool) -> [Double]? {
    precondition(b.count == size && size <= factor.columns)
    var uplo = CChar(UInt8(ascii: "U")), trans = CChar(UInt8(ascii: transpose ? "T" : "N"))
    var diag = CChar(UInt8(ascii: "N"))
    var n = Int32(size), nrhs: Int32 = 1, lda = Int32(max(1, factor.rows)), ldb = Int32(max(1, size))
    var x = b
    var info: Int32 = 0
    dtrtrs_(&uplo, &trans, &diag, &n, &nrhs, factor.values, &lda, &x, &ldb, &info, 1, 1, 1)
    precondition(info >= 0, "dtrtrs: info \(info)")
    return info == 0 ? x : nil
  }

  /// An estimate of the reciprocal 1-norm condition number of the leading `size`×`size` upper
  /// triangle R (`dtrcon`).
  static func reciprocalCondition(_ factor: Matrix, size: Int) -> Double {
    var norm = CChar(UInt8(ascii: "1")), uplo = CChar(UInt8(ascii: "U")), diag = CChar(UInt8(ascii: "N"))
    var n = Int32(size), lda = Int32(max(1, factor.rows))
    var rcond = 0.0
    var work = [Double](repeating: 0, count: 3 * max(1, size))
    var iwork = [Int32](repeating: 0, count: max(1, size))
    var info: Int32 = 0
    dtrcon_(&norm, &uplo, &diag, &n, factor.values, &lda, &rcond, &work, &iwork, &info, 1, 1, 1)
    precondition(info == 0, "dtrcon: info \(info)")
    return rcond
  }

  /// Minimum-norm least squares by divide-and-conquer SVD (`dgelsd`), singular values below
  /// `rcond`·σ₁ treated as zero: what numpy.linalg.lstsq does. Returns the solution, the
  /// effective rank and the singular values, or nil if the SVD did not converge.
  static func svdLeastSquares(_ a: Matrix, _ b: [Double], rcond: Double) -> (solution: [Double], rank: Int, singularValues: [Double])? {
    precondition(b.count == a.rows)
    var m = Int32(a.rows), n = Int32(a.columns), nrhs: Int32 = 1, lda = Int32(max(1, a.rows))
    var ldb = Int32(max(1, max(a.rows, a.columns)))
    var aa = a.values
    var bb = b + [Double](repeating: 0, count: max(0, a.columns - a.rows))
    var s = [Double](repeating: 0, count: min(a.rows, a.columns))
    var rc = rcond
    var rank: Int32 = 0
    var info: Int32 = 0
    var lwork: Int32 = -1
    var query = 0.0
    var iworkQuery: Int32 = 0
    dgelsd_(&m, &n, &nrhs, &aa, &lda, &bb, &ldb, &s, &rc, &rank, &query, &lwork, &iworkQuery, &info)
    precondition(info == 0, "dgelsd workspace query: info \(info)")
    lwork = Int32(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    var iwork = [Int32](repeating: 0, count: max(1, Int(iworkQuery)))
    dgelsd_(&m, &n, &nrhs, &aa, &lda, &bb, &ldb, &s, &rc, &rank, &work, &lwork, &iwork, &info)
    precondition(info >= 0, "dgelsd: info \(info)")
    guard info == 0 else { return nil }
    return (Array(bb.prefix(a.columns)), Int(rank), s)
  }
}
