import Foundation
import IndicatorsForecast

// Candidate rules for `auto` that exist only here, to be scored before any goes into the library.

/// The median of the members' forecasts, and of each interval bound, step by step (the M4 winners'
/// "median of simple methods" family). Members that cannot fit are left out; with an even number
/// left, the mean of the middle two.
struct MedianCombinationModel: ForecastModel {
  var members: [any ForecastModel]

  var name: String { "median(" + members.map(\.name).joined(separator: ",") + ")" }
  var minimumLength: Int { members.map(\.minimumLength).min()! }

  func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast {
    let fitted = members.filter { $0.minimumLength <= y.count }.compactMap { try? $0.fit(y) }
    guard !fitted.isEmpty else { throw .tooShort(model: name, needed: minimumLength, got: y.count) }
    return Fitted(members: fitted)
  }

  static func median(_ values: [Double]) -> Double {
    let v = values.sorted(), m = v.count / 2
    return v.count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2
  }

  struct Fitted: FittedForecast {
    var members: [any FittedForecast]
    var fittedValues: [Double] {
      let all = members.map(\.fittedValues)
      return (0..<all[0].count).map { i in
        let finite = all.map { $0[i] }.filter(\.isFinite)
        return finite.isEmpty ? .nan : MedianCombinationModel.median(finite)
      }
    }
    var sigma: Double { MedianCombinationModel.median(members.map(\.sigma)) }
    var parameters: [(name: String, value: Double)] { [("members", Double(members.count))] }
    func predictive(horizon: Int) -> Predictive {
      let each = members.map { $0.predictive(horizon: horizon) }
      return Predictive(
        location: (0..<horizon).map { h in MedianCombinationModel.median(each.map { $0.mean[h] }) },
        standardDeviation: (0..<horizon).map { h in
          MedianCombinationModel.median(each.map { p in p.logScale ? p.mean[h] * p.standardDeviation[h] : p.standardDeviation[h] })
        })
    }
    func forecast(horizon: Int, levels: [Double]) -> Forecast {
      let each = members.map { $0.forecast(horizon: horizon, levels: levels) }
      func median(_ path: (Forecast) -> [Double]) -> [Double] {
        (0..<horizon).map { h in MedianCombinationModel.median(each.map { path($0)[h] }) }
      }
      var result = Forecast(mean: median(\.mean), intervalMethod: "median of the members' bounds")
      for level in levels {
        result.lower[level] = median { $0.lower[level]! }
        result.upper[level] = median { $0.upper[level]! }
      }
      return result
    }
  }
}
