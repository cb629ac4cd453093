/// How a status reads at a glance, for colour: good news, a warning, bad news, or neither.
/// The raw value is the HTML report's CSS class.
package enum Tone: String, Sendable, CaseIterable {
  case good, warn, bad, none
}
