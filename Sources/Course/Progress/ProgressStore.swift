import Foundation
import GRDB

/// The learner's progress, in one SQLite file (WAL mode): lessons, positions, outcomes, attempts,
/// hints and answers. Every write is one transaction that has committed when the call returns.
///
///     let store = try ProgressStore(path: ProgressStore.defaultPath())
///     let opening = try store.openLesson("hello-nn", contentHash: hash)
///     if opening.contentChanged { print("This lesson changed since your last visit.") }
///     try store.recordAttempt(lessonID: "hello-nn", exerciseID: "predict-19", answer: code, passed: true)
public final class ProgressStore: Sendable {
    /// The file this store reads and writes.
    public let path: String
    let queue: DatabaseQueue

    /// `$XDG_DATA_HOME/deeplings/progress.sqlite`, or `~/.local/share/deeplings/progress.sqlite`
    /// when `XDG_DATA_HOME` is unset or not absolute (as the XDG specification asks).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return (dataHome as NSString).appendingPathComponent("deeplings/progress.sqlite")
    }

    /// Opens the progress file at `path`, creating it (and its folder) or bringing its schema up
    /// to date. A file that is not Deeplings progress, or that a newer Deeplings wrote, is left
    /// untouched and opening throws a ``ProgressStoreError`` that says what to do.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw ProgressStoreError.storage(path: path, reason: "could not create the folder \(folder)")
        }
        try Self.refuseForeignBytes(at: path)
        try Self.inspectSchema(at: path)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(5)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // GRDB's WAL set-up chooses NORMAL, which may lose the last commits on power loss;
            // FULL makes "committed when the call returns" hold for the disk too.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try ProgressSchema.migrator.migrate(queue)
        } catch {
            throw ProgressStoreError.storage(path: path, reason: Self.reason(error))
        }
    }

    /// Rejects a non-empty file that does not start with SQLite's header, before SQLite touches it.
    private static func refuseForeignBytes(at path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw ProgressStoreError.storage(path: path, reason: "the file cannot be read")
            }
            return
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
            throw ProgressStoreError.notADatabase(path: path)
        }
    }

    /// Reads (never writes) an existing database's identity: its application id, its tables and
    /// the migrations it has had.
    private static func inspectSchema(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let verdict: ProgressStoreError?
        do {
            var configuration = Configuration()
            // Another `deeplings` may be writing to the same file at this moment.
            configuration.busyMode = .timeout(5)
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? probe.close() }
            verdict = try probe.read { db -> ProgressStoreError? in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let hasMigrations = tables.contains("grdb_migrations")
                if applicationID != 0 && applicationID != ProgressSchema.applicationID { return .foreignDatabase(path: path) }
                if applicationID == 0 && !tables.isEmpty && !hasMigrations { return .foreignDatabase(path: path) }
                guard hasMigrations else { return nil }
                let migrator = ProgressSchema.migrator
                let applied = try migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(migrator.migrations).sorted()
                guard !unknown.isEmpty else { return nil }
                // Another GRDB program's file has unknown migrations too, but not our application id.
                return applicationID == ProgressSchema.applicationID ? .newerSchema(path: path, unknownMigrations: unknown) : .foreignDatabase(path: path)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw ProgressStoreError.notADatabase(path: path)
        } catch {
            throw ProgressStoreError.storage(path: path, reason: reason(error))
        }
        if let verdict { throw verdict }
    }

    /// Runs `work` in one write transaction, committed before this returns.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.write(work) } catch { throw ProgressStoreError.storage(path: path, reason: Self.reason(error)) }
    }

    /// Runs `work` on a consistent snapshot.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.read(work) } catch { throw ProgressStoreError.storage(path: path, reason: Self.reason(error)) }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
