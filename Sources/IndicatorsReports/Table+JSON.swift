import IndicatorsCore

extension Table {
  /// An array of objects, one per row, keys sorted; numbers as JSON numbers, empty cells as null.
  package func json() -> String {
    let order = columns.indices.sorted { columns[$0].key < columns[$1].key }
    let objects = rows.map { row in
      "  {" + order.map { "\(JSONText.string(columns[$0].key)): \(row[$0].json)" }.joined(separator: ", ") + "}"
    }
    return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }
}

extension Table.Cell {
  /// The cell as a JSON value: a string, a number, or null (empty, or a number that is not finite).
  package var json: String {
    switch self {
    case .text(let s): JSONText.string(s)
    case .number(let x): x.isFinite ? ValueFormatting.shortest(x) : "null"
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
