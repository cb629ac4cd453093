/// Where each known column sits in a file's rows. Every cell of every row is looked up here, so
/// the positions are an array indexed by the column's case, not a dictionary: no hashing per cell.
struct ColumnPositions {
  private var slots = [Int?](repeating: nil, count: ObservationColumn.allCases.count)

  subscript(column: ObservationColumn) -> Int? {
    get { slots[Self.slot(column)] }
    set { slots[Self.slot(column)] = newValue }
  }

  private static func slot(_ column: ObservationColumn) -> Int {
    switch column {
    case .indicator: 0
    case .region: 1
    case .period: 2
    case .value: 3
    case .unit: 4
    case .qualifier: 5
    case .status: 6
    case .source: 7
    case .sourceURL: 8
    case .published: 9
    case .vintage: 10
    case .locator: 11
    case .note: 12
    case .kind: 13
    }
  }
}
