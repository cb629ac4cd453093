/// A message a workflow has for the person running it, returned as a value: the caller decides
/// where it goes (the CLI writes it to stderr, a server could put it in a page).
package struct Notice: Hashable, Sendable {
  package enum Kind: Sendable { case note, warning }

  package var kind: Kind
  package var text: String

  package static func note(_ text: String) -> Notice { Notice(kind: .note, text: text) }
  package static func warning(_ text: String) -> Notice { Notice(kind: .warning, text: text) }
}

/// A request a workflow cannot carry out, with a message a person can act on.
package struct WorkflowError: Error, Equatable, Sendable, CustomStringConvertible {
  package var description: String

  package init(_ description: String) { self.description = description }
}
