import IndicatorsCore

extension Table {
  /// An array of objects, one per row, keys sorted; numbers as JSON numbers, empty cells as null.
  /// Columns of a group become one nested object under the group's key, or null when all of
  /// them are empty (a projection that was not made).
  package func json() -> String {
    let objects = rows.map { "  " + object($0) }
    return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// One row as a JSON object, keys sorted.
  package func object(_ row: [Cell]) -> String {
    var members: [(key: String, json: String)] = []
    var groups: [String: [(key: String, cell: Cell, style: NumberStyle)]] = [:]
    for (column, cell) in zip(columns, row) {
      if let group = column.group {
        if groups[group] == nil { members.append((group, "")) }
        groups[group, default: []].append((column.key, cell, column.style))
      } else {
        members.append((column.key, cell.json(column.style)))
      }
    }
    members = members.map { member in
      guard let fields = groups[member.key], member.json.isEmpty else { return member }
      let cells = fields.map { $0.cell.json($0.style) }
      guard cells.contains(where: { $0 != "null" }) else { return (member.key, "null") }
      let inner = zip(fields, cells).sorted { $0.0.key < $1.0.key }.map { "\(JSONText.string($0.0.key)): \($0.1)" }
      return (member.key, "{" + inner.joined(separator: ", ") + "}")
    }
    return "{" + members.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)): \($0.json)" }.joined(separator: ", ") + "}"
  }
}

extension Table.Cell {
  /// The cell as a JSON value: a string, a number, or null (empty, or a number that is not finite).
  package var json: String { json(nil) }

  /// The cell as JSON; a number of `.value` style without float noise (see `data(_:)`), other
  /// numbers (and all without a style) in full precision.
  package func json(_ style: Table.NumberStyle?) -> String {
    switch self {
    case .coded("", _): "null"
    case .text(let s), .coded(let s, _): JSONText.string(s)
    case .number(let x), .styled(let x, _): x.isFinite ? style.map(data) ?? exact : "null"
    case .empty: "null"
    }
  }
}

/// JSON string escaping (RFC 8259); non-ASCII text is written as UTF-8.
package enum JSONText {
  package static func string(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
