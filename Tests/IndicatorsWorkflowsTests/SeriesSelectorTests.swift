import IndicatorsStore
import IndicatorsWorkflows
import Testing

@Suite struct SeriesSelectorTests {
  @Test func placeholder() throws {
    let store = try IndicatorStore.inMemory()
    #expect(store.path.isEmpty || store.path == ":memory:")
  }
}
