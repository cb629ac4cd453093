/// Observations read one at a time, as a file is parsed: an import takes them from a source so
/// that a whole file never has to be held in memory.
package protocol ObservationSource {
  /// The next observation, or nil after the last; throws the input's first mistake.
  mutating func next() throws(InputError) -> ObservationInput?
}

/// Observations already in memory (tests, sample data).
package struct ObservationList: ObservationSource {
  private var iterator: IndexingIterator<[ObservationInput]>

  package init(_ observations: [ObservationInput]) {
    iterator = observations.makeIterator()
  }

  package mutating func next() throws(InputError) -> ObservationInput? { iterator.next() }
}
