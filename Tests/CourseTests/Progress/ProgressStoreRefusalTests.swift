import Foundation
import GRDB
import Testing
@testable import Course

/// Files the store must refuse, leaving them byte for byte as they were.
@Suite struct ProgressStoreRefusalTests {
    let folder = TemporaryFolder("progress-refusal")

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    private func expectRefusal(_ path: String, _ expected: ProgressStoreError, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = bytes(path)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(throws: expected, sourceLocation: sourceLocation) { try ProgressStore(path: path) }
        #expect(bytes(path) == before, "the file was changed", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == siblings, "files were added beside it", sourceLocation: sourceLocation)
        #expect(expected.description.contains(path), sourceLocation: sourceLocation)
    }

    @Test func textFileIsNotADatabase() throws {
        let path = folder.file("progress.sqlite")
        try Data("my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path, .notADatabase(path: path))
    }

    @Test func anotherProgramsDatabaseIsForeign() throws {
        let path = folder.file("progress.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')") }
            try other.close()
        }
        try expectRefusal(path, .foreignDatabase(path: path))
    }

    @Test func databaseWithAnotherApplicationIDIsForeign() throws {
        let path = folder.file("progress.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "PRAGMA application_id = 42") }
            try other.close()
        }
        try expectRefusal(path, .foreignDatabase(path: path))
    }

    @Test func fileFromNewerDeeplingsIsRefused() throws {
        let path = folder.file("progress.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
            try store.queue.close()
        }
        try expectRefusal(path, .newerSchema(path: path, unknownMigrations: ["v9-from-the-future"]))
    }

    @Test func emptyFileBecomesAStore() throws {
        let path = folder.file("progress.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try ProgressStore(path: path)
        #expect(try store.lastOpenedLessonID() == nil)
    }

    @Test func folderThatCannotBeMadeIsAStorageError() throws {
        let blocker = folder.file("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let path = (blocker as NSString).appendingPathComponent("progress.sqlite")
        #expect(throws: ProgressStoreError.storage(path: path, reason: "could not create the folder \(blocker)")) { try ProgressStore(path: path) }
        #expect(ProgressStoreError.storage(path: path, reason: "r").description.contains("XDG_DATA_HOME"))
    }
}
