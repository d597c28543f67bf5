import Foundation
import GRDB

extension ProgressStore {
    /// Records one checked answer: the attempt with its time, the answer as the last one, and the
    /// outcome (a passed exercise stays passed).
    public func recordAttempt(lessonID: String, exerciseID: String, answer: String, passed: Bool, at date: Date = Date()) throws {
        let outcome: StoredOutcome = passed ? .passed : .failed
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO exercise (lessonId, exerciseId, outcome, lastAnswer) VALUES (?, ?, ?, ?)
                    ON CONFLICT(lessonId, exerciseId) DO UPDATE SET lastAnswer = excluded.lastAnswer,
                        outcome = CASE WHEN outcome = 'passed' THEN 'passed' ELSE excluded.outcome END
                    """,
                arguments: [lessonID, exerciseID, outcome.rawValue, answer])
            try db.execute(
                sql: "INSERT INTO attempt (lessonId, exerciseId, at, outcome) VALUES (?, ?, ?, ?)",
                arguments: [lessonID, exerciseID, date.timeIntervalSince1970, outcome.rawValue])
        }
    }

    /// Remembers the learner's answer text without checking it (a draft, kept for the next visit).
    public func saveAnswer(lessonID: String, exerciseID: String, answer: String) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO exercise (lessonId, exerciseId, outcome, lastAnswer) VALUES (?, ?, ?, ?)
                    ON CONFLICT(lessonId, exerciseId) DO UPDATE SET lastAnswer = excluded.lastAnswer
                    """,
                arguments: [lessonID, exerciseID, StoredOutcome.notAttempted.rawValue, answer])
        }
    }

    /// Counts one more hint shown for the exercise.
    public func recordHint(lessonID: String, exerciseID: String) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO exercise (lessonId, exerciseId, outcome, hintsUsed) VALUES (?, ?, ?, 1)
                    ON CONFLICT(lessonId, exerciseId) DO UPDATE SET hintsUsed = hintsUsed + 1
                    """,
                arguments: [lessonID, exerciseID, StoredOutcome.notAttempted.rawValue])
        }
    }

    /// The exercise's progress; an untouched record when the learner never touched it.
    public func exercise(lessonID: String, exerciseID: String) throws -> StoredExercise {
        try read { db in
            try Self.exercises(db, where: "lessonId = ? AND exerciseId = ?", arguments: [lessonID, exerciseID]).first
        } ?? .untouched(lessonID: lessonID, exerciseID: exerciseID)
    }

    /// Every exercise of the lesson the learner touched, ordered by id.
    public func exercises(lessonID: String) throws -> [StoredExercise] {
        try read { db in try Self.exercises(db, where: "lessonId = ?", arguments: [lessonID]) }
    }

    private static func exercises(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [StoredExercise] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM exercise WHERE \(condition) ORDER BY exerciseId", arguments: arguments)
        let attempts = try Row.fetchAll(db, sql: "SELECT * FROM attempt WHERE \(condition) ORDER BY id", arguments: arguments)
        let byExercise = Dictionary(grouping: attempts) { row -> String in row["exerciseId"] }
        return rows.map { row in
            let exerciseID: String = row["exerciseId"]
            let outcome: String = row["outcome"]
            return StoredExercise(
                lessonID: row["lessonId"], exerciseID: exerciseID,
                outcome: StoredOutcome(rawValue: outcome) ?? .notAttempted,
                attempts: (byExercise[exerciseID] ?? []).map { attempt in
                    let outcome: String = attempt["outcome"]
                    return StoredAttempt(at: Date(timeIntervalSince1970: attempt["at"]), outcome: StoredOutcome(rawValue: outcome) ?? .failed)
                },
                hintsUsed: row["hintsUsed"], lastAnswer: row["lastAnswer"])
        }
    }
}
