import Foundation
import IndicatorsCore
import IndicatorsStore
import Testing

/// Users and the audit log keep the same rules on every backend.
@Suite struct AccessConformanceTests {
  static let csv = "indicator,region,period,value,unit,source,published\ngdp,mianyang,2023,4038.73,亿元,bulletin,2024-03-01\ngdp,mianyang,2022,3626.94,亿元,bulletin,2023-03-01\n"

  @Test(arguments: Backend.available) func usersAreFoundByTheHashOfAValidTokenOnly(_ backend: Backend) throws {
    let store = try backend.emptyStore()
    let hash = String(repeating: "ab", count: 32)
    let alice = try store.addUser("alice", role: .analyst, tokenHash: hash)
    #expect(alice.name == "alice" && alice.role == .analyst && alice.revokedAt == nil)
    #expect(try store.user(tokenHash: hash) == alice)
    #expect(try store.user(tokenHash: String(repeating: "cd", count: 32)) == nil)
    // A name is one person's, even once revoked.
    #expect(throws: StoreError.self) { try store.addUser("alice", role: .admin, tokenHash: String(repeating: "ef", count: 32)) }
    #expect(try store.revokeUser("alice"))
    #expect(try !store.revokeUser("alice"))
    #expect(try !store.revokeUser("nobody"))
    #expect(try store.user(tokenHash: hash) == nil)
    #expect(throws: StoreError.self) { try store.addUser("alice", role: .admin, tokenHash: String(repeating: "ef", count: 32)) }
    let users = try store.users()
    #expect(users.map(\.name) == ["alice"])
    #expect(users[0].revokedAt != nil)
    #expect(try store.auditLog(limit: 10).map(\.action) == [.userRevoke, .userAdd])
  }

  @Test(arguments: Backend.available) func anExpiredTokenSignsNothingIn(_ backend: Backend) throws {
    let store = try backend.emptyStore()
    let (soon, gone) = (String(repeating: "1", count: 64), String(repeating: "2", count: 64))
    let valid = try store.addUser("soon", role: .viewer, tokenHash: soon, validFor: 3600)
    try store.addUser("gone", role: .admin, tokenHash: gone, validFor: -1)
    let expiry = try #require(valid.expiresAt)
    #expect(expiry > valid.createdAt && expiry.count == 20)
    #expect(try store.user(tokenHash: soon)?.name == "soon")
    #expect(try store.user(tokenHash: gone) == nil)
    #expect(try store.users().first { $0.name == "gone" }?.expiresAt != nil)
  }

  @Test(arguments: Backend.available) func everyWriteIsAuditedWithItsUserAndAnUnchangedImportIsNot(_ backend: Backend) throws {
    var store = try backend.catalogueStore()
    store.attribution = Attribution(user: "zhang.wei", channel: .web, fileSHA256: String(repeating: "0", count: 64))
    try StoreConformanceTests.importText(Self.csv, into: store, file: "gdp.csv")
    try StoreConformanceTests.importText(Self.csv, into: store, file: "gdp.csv")  // changes nothing: no entry
    try store.setSetting("default_region", to: "mianyang")
    let entries = try store.auditLog(limit: 10)
    #expect(entries.map(\.action) == [.setting, .importFile, .catalogue])
    let imported = entries[1]
    #expect(imported.actor == "zhang.wei" && imported.channel == .web && imported.subject == "gdp.csv")
    #expect(imported.fileSHA256 == String(repeating: "0", count: 64) && imported.rowCount == 2)
    #expect(entries[0].fileSHA256 == nil)
    #expect(imported.recordedAt.count == 20 && imported.recordedAt.hasSuffix("Z"))
    // A command's own writes are the OS user's on SQLite, the database user's on PostgreSQL.
    store.attribution = Attribution()
    try store.setSetting("default_region", to: "sichuan")
    let own = try #require(try store.auditLog(limit: 1).first)
    switch backend {
    case .sqlite: #expect(own.actor == Attribution.operatingSystemUser)
    case .postgres(let location): #expect(own.actor == location.user)
    case .postgresPlainUser: #expect(own.actor == Backend.plainUser)
    }
    #expect(own.channel == .cli)
  }

  @Test(arguments: Backend.available) func aRefusedWriteLeavesNoAuditEntry(_ backend: Backend) throws {
    let store = try backend.catalogueStore()
    let before = try store.auditLog(limit: 100).count
    #expect(throws: (any Error).self) {
      try StoreConformanceTests.importText(Self.csv + "gdp,mianyang,2024,12x,亿元,bulletin,2025-03-01\n", into: store)
    }
    #expect(throws: (any Error).self) {
      try store.saveRegions([RegionDefinition(code: "mianyang", nameZh: "绵阳", nameEn: "Mianyang")], mustBeNew: true)
    }
    #expect(try !store.removeTarget(id: 12345))
    #expect(try store.auditLog(limit: 100).count == before)
  }

  @Test(arguments: Backend.available) func aSyncIsAuditedWithItsRows(_ backend: Backend) throws {
    let source = try #require(try backend.catalogueStore() as? any StoreCopying)
    try StoreConformanceTests.importText(Self.csv, into: source)
    let destination = try #require(try backend.catalogueStore() as? any StoreCopying)
    try destination.restoreImportBatches(try source.importBatches())
    let entry = try #require(try destination.auditLog(limit: 1).first)
    #expect(entry.action == .sync && entry.rowCount == 2 && entry.subject == "1 import batches")
  }
}
