import Foundation
import GRDB

extension ProgressStore {
    /// Records that the learner opened a lesson whose file now hashes to `contentHash`, makes it
    /// the lesson to resume, and reports whether the lesson changed since the last opening
    /// (outcomes are kept either way).
    public func openLesson(_ lessonID: String, contentHash: String, at date: Date = Date()) throws -> LessonOpening {
        try write { db in
            let previous = try Row.fetchOne(db, sql: "SELECT contentHash, position FROM lesson WHERE id = ?", arguments: [lessonID])
            let position: Int = previous?["position"] ?? 0
            try db.execute(
                sql: """
                    INSERT INTO lesson (id, contentHash, position, lastOpenedAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET contentHash = excluded.contentHash, lastOpenedAt = excluded.lastOpenedAt
                    """,
                arguments: [lessonID, contentHash, position, date.timeIntervalSince1970])
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('lastLesson', ?)", arguments: [lessonID])
            // An empty hash comes from a position saved before the lesson was ever opened.
            let previousHash: String? = (previous?["contentHash"] as String?).flatMap { $0.isEmpty ? nil : $0 }
            return LessonOpening(
                progress: StoredLesson(lessonID: lessonID, contentHash: contentHash, position: position, lastOpenedAt: date),
                isFirstOpening: previousHash == nil,
                previousHash: previousHash == contentHash ? nil : previousHash)
        }
    }

    /// Remembers the cell the learner is at, for resuming there.
    public func setPosition(lessonID: String, cell: Int) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO lesson (id, contentHash, position, lastOpenedAt) VALUES (?, '', ?, ?)
                    ON CONFLICT(id) DO UPDATE SET position = excluded.position
                    """,
                arguments: [lessonID, cell, Date().timeIntervalSince1970])
        }
    }

    /// The lesson's remembered progress, or nil if the learner never opened it.
    public func lesson(_ lessonID: String) throws -> StoredLesson? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM lesson WHERE id = ?", arguments: [lessonID]).map { row in
                StoredLesson(
                    lessonID: row["id"], contentHash: row["contentHash"], position: row["position"],
                    lastOpenedAt: Date(timeIntervalSince1970: row["lastOpenedAt"]))
            }
        }
    }

    /// The lesson opened last, where `deeplings` resumes; nil before the first lesson.
    public func lastOpenedLessonID() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'lastLesson'") }
    }
}
