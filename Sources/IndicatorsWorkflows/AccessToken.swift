import Crypto
import Foundation

/// The secret a user signs in with, and the one form of it the store keeps.
///
/// A token is 32 bytes from the system's cryptographically secure generator
/// (`SystemRandomNumberGenerator`: `getrandom(2)` on Linux, `arc4random_buf` on Apple systems),
/// written as 64 lower-case hex digits. Only its SHA-256 (apple/swift-crypto) is stored; a
/// request's token is hashed the same way and looked up by its hash, so the store never holds
/// or compares the secret itself. 256 random bits need no salt or slow hash: they cannot be
/// guessed, unlike a password.
package enum AccessToken {
  /// How many random bytes a token has.
  package static let byteCount = 32

  /// A new random token.
  package static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    return hex((0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
  }

  /// The SHA-256 of a token's UTF-8 bytes in lower-case hex: what the store keeps.
  package static func hash(_ token: String) -> String {
    hex(Array(SHA256.hash(data: Data(token.utf8))))
  }

  /// The SHA-256 of a file's bytes in lower-case hex, for the audit log.
  package static func sha256(_ bytes: some DataProtocol) -> String {
    hex(Array(SHA256.hash(data: bytes)))
  }

  /// The SHA-256 of a file, read 1 MiB at a time; nil when it cannot be read.
  package static func sha256(file path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
    return hex(Array(hasher.finalize()))
  }

  /// Whether text has the form of a token: 64 hex digits.
  package static func isWellFormed(_ token: String) -> Bool {
    token.utf8.count == byteCount * 2 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
