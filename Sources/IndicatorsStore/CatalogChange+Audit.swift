import IndicatorsCore

extension CatalogChange {
  /// `added yibin, zigong; updated mianyang`, for the audit log.
  package var auditSubject: String {
    var parts: [String] = []
    if !added.isEmpty { parts.append("added " + added.joined(separator: ", ")) }
    if !updated.isEmpty { parts.append("updated " + updated.joined(separator: ", ")) }
    return parts.joined(separator: "; ")
  }

  package var changedAnything: Bool { !added.isEmpty || !updated.isEmpty }
}
