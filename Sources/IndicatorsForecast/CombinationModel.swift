import Foundation

/// The equal-weight average of several methods' forecasts (Bates & Granger 1969; the "SHD"
/// combination of M3). Members that cannot fit the series are left out. The model-based sd is the
/// average of the members' sds, which assumes perfectly correlated errors and so errs wide;
/// `auto` calibrates it on the series' own backtest.
package struct CombinationModel: ForecastModel {
  package var members: [any ForecastModel]

  package init(_ members: [any ForecastModel]) {
    precondition(!members.isEmpty, "a combination needs members")
    self.members = members
  }

  package var name: String { "comb(" + members.map(\.name).joined(separator: ",") + ")" }
  package var minimumLength: Int { members.map(\.minimumLength).min()! }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    try check(y, self)
    let fitted = members.filter { $0.minimumLength <= y.count }.compactMap { try? $0.fit(y) }
    guard !fitted.isEmpty else { throw .tooShort(model: name, needed: minimumLength, got: y.count) }
    return Fitted(members: fitted)
  }

  struct Fitted: FittedForecast {
    var members: [any FittedForecast]
    var fittedValues: [Double] {
      let all = members.map(\.fittedValues)
      return (0..<all[0].count).map { i in all.map { $0[i] }.filter(\.isFinite).average }
    }
    var sigma: Double { members.map(\.sigma).average }
    var parameters: [(name: String, value: Double)] { [("members", Double(members.count))] }
    func predictive(horizon: Int) -> Predictive {
      let each = members.map { $0.predictive(horizon: horizon) }
      return Predictive(
        location: (0..<horizon).map { h in each.map { $0.mean[h] }.average },
        standardDeviation: (0..<horizon).map { h in
          each.map { p in p.logScale ? p.mean[h] * p.standardDeviation[h] : p.standardDeviation[h] }.average
        })
    }
  }
}

extension Array where Element == Double {
  var average: Double { isEmpty ? .nan : reduce(0, +) / Double(count) }
}
