import Foundation

/// The sample data bundled with the binary: the indicator and region catalogue, the figures of the
/// five seed documents, and the sourced regional series (the shared sourced file and the figures
/// gathered from bulletins, work reports and news). See Data/README.md.
package enum SampleData {
  package static let indicatorCatalog = "indicators.csv"
  package static let regionCatalog = "regions.csv"
  /// China's provinces, prefectures and county-level cities with pinyin codes (scripts/make_places.py),
  /// for `indicators extract` to tell which region a text is about; not loaded into the store.
  package static let placeGazetteer = "places.csv"
  /// Observation files, loaded in this order by `indicators init`.
  package static let observationFiles = ["regional_indicators_sourced.csv", "bulletin_figures.csv", "seed_figures.csv"]

  /// The bytes of a bundled file; a missing resource is a packaging mistake and traps.
  package static func bytes(_ name: String) -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil),
      let data = try? Data(contentsOf: url)
    else { preconditionFailure("bundled resource \(name) is missing from the build") }
    return [UInt8](data)
  }
}
