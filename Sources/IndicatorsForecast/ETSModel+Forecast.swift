import Foundation
import IndicatorsCore

extension ETSModel {
  /// An estimated ETS model: its final states, parameters, σ² and AICc.
  package struct Fitted: FittedForecast {
    package var components: ETSComponents
    package var alpha: Double, beta: Double, phi: Double
    /// The states after the last observation.
    package var level: Double, growth: Double
    /// Σe²/(n − k); for multiplicative errors, e is relative.
    package var sigma2: Double
    package var aicc: Double
    package var fittedValues: [Double]
    /// The estimated vector [α, β?, φ?, ℓ₀, b₀?], for warm starts.
    var optimum: [Double] = []

    package var sigma: Double { sigma2.squareRoot() }
    package var parameters: [(name: String, value: Double)] {
      var p: [(name: String, value: Double)] = [("alpha", alpha)]
      if components.trend != .none { p.append(("beta", beta)) }
      if components.damped { p.append(("phi", phi)) }
      p.append(("level", level))
      if components.trend != .none { p.append(("growth", growth)) }
      return p + [("aicc", aicc)]
    }

    /// Point forecasts: ℓ; ℓ + φ_h b; ℓ·b^φ_h with φ_h = φ + … + φʰ (= h undamped).
    package func pointForecasts(horizon: Int) -> [Double] {
      var result: [Double] = []
      var phiSum = 0.0, power = 1.0
      for _ in 0..<horizon {
        power *= phi
        phiSum += power
        switch components.trend {
        case .none: result.append(level)
        case .additive: result.append(level + phiSum * growth)
        case .multiplicative: result.append(growth >= 0 ? level * pow(growth, phiSum) : .nan)
        }
      }
      return result
    }

    /// c_j = α + β(φ + … + φʲ), the weight of an error j steps back in a class 1 or 2 forecast.
    func errorWeights(_ count: Int) -> [Double] {
      var weights: [Double] = [], phiSum = 0.0, power = 1.0
      for _ in 0..<count {
        power *= phi
        phiSum += power
        weights.append(alpha + (components.trend == .none ? 0 : beta * phiSum))
      }
      return weights
    }

    /// Forecast variances (Hyndman et al. 2008): class 1, v_h = σ²(1 + Σ_{j<h} c_j²); class 2,
    /// v_h = (1 + σ²)θ_h − μ_h² with θ₁ = μ₁², θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}; class 3 by
    /// simulation.
    package func variances(horizon: Int) -> [Double] {
      let mu = pointForecasts(horizon: horizon)
      let c = errorWeights(max(0, horizon - 1))
      switch components.varianceClass {
      case 1:
        var total = 1.0
        return (0..<horizon).map { h in
          if h > 0 { total += c[h - 1] * c[h - 1] }
          return sigma2 * total
        }
      case 2:
        var theta: [Double] = []
        for h in 0..<horizon {
          var t = mu[h] * mu[h]
          for j in 0..<h { t += sigma2 * c[j] * c[j] * theta[h - 1 - j] }
          theta.append(t)
        }
        return (0..<horizon).map { max(0, (1 + sigma2) * theta[$0] - mu[$0] * mu[$0]) }
      default:
        return simulatedVariances(horizon: horizon)
      }
    }

    /// Sample variances of 2,000 paths with normal errors (seeded, so forecasts repeat).
    func simulatedVariances(horizon: Int) -> [Double] {
      let paths = 2000
      let recursion = ETSRecursion(components: components, alpha: alpha, beta: beta, phi: phi)
      var random = SplitMix64(seed: 20_081_113)
      var sum = [Double](repeating: 0, count: horizon), sumSquares = sum
      for _ in 0..<paths {
        var l = level, b = growth
        for h in 0..<horizon {
          guard let mu = recursion.oneStep(level: l, growth: b) else { break }
          let e = sigma * random.nextGaussian()
          let y = components.error == .additive ? mu + e : mu * (1 + e)
          sum[h] += y
          sumSquares[h] += y * y
          recursion.update(level: &l, growth: &b, observed: y)
        }
      }
      let m = Double(paths)
      return (0..<horizon).map { max(0, (sumSquares[$0] - sum[$0] * sum[$0] / m) / (m - 1)) }
    }

    package func predictive(horizon: Int) -> Predictive {
      Predictive(location: pointForecasts(horizon: horizon), standardDeviation: variances(horizon: horizon).map { $0.squareRoot() })
    }
  }
}
