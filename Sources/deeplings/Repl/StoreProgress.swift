import Course
import Foundation

/// The REPL's progress in the course's SQLite store (`$XDG_DATA_HOME/deeplings/progress.sqlite`,
/// the file `deeplings` and every other tool read): each save turns the session's snapshot into
/// the store's events — new attempts, hints, the last answer, the position — each committed
/// before the call returns.
final class StoreProgress: ProgressKeeping {
    private let store: ProgressStore
    private let contentHash: (String) -> String
    private var opened: String?

    /// Progress in `store`; `contentHash` names the current text of a lesson by id, so the store
    /// notices an edited lesson.
    init(store: ProgressStore, contentHash: @escaping (String) -> String) {
        self.store = store
        self.contentHash = contentHash
    }

    func lastLessonID() -> String? { (try? store.lastOpenedLessonID()) ?? nil }

    func saved(lessonID id: String) -> SavedLesson? {
        guard let lesson = (try? store.lesson(id)) ?? nil else { return nil }
        var exercises: [String: ExerciseProgress] = [:]
        for stored in (try? store.exercises(lessonID: id)) ?? [] {
            var progress = ExerciseProgress()
            switch stored.outcome {
            case .notAttempted: progress.outcome = .notAttempted
            case .failed: progress.outcome = .failed([])
            case .passed: progress.outcome = .passed
            }
            progress.attempts = stored.attempts.count
            progress.hintsShown = stored.hintsUsed
            progress.answer = stored.lastAnswer
            exercises[stored.exerciseID] = progress
        }
        return SavedLesson(position: lesson.position, exercises: exercises)
    }

    func save(_ lesson: SavedLesson, lessonID id: String) throws {
        if opened != id {
            _ = try store.openLesson(id, contentHash: contentHash(id))
            opened = id
        }
        try store.setPosition(lessonID: id, cell: lesson.position)
        let stored = Dictionary(try store.exercises(lessonID: id).map { ($0.exerciseID, $0) }, uniquingKeysWith: { a, _ in a })
        for (exerciseID, progress) in lesson.exercises.sorted(by: { $0.key < $1.key }) {
            let before = stored[exerciseID]
            let answer = progress.answer ?? ""
            for _ in min(before?.attempts.count ?? 0, progress.attempts)..<progress.attempts {
                try store.recordAttempt(lessonID: id, exerciseID: exerciseID, answer: answer, passed: progress.outcome == .passed)
            }
            for _ in min(before?.hintsUsed ?? 0, progress.hintsShown)..<progress.hintsShown {
                try store.recordHint(lessonID: id, exerciseID: exerciseID)
            }
            if let answer = progress.answer, answer != before?.lastAnswer {
                try store.saveAnswer(lessonID: id, exerciseID: exerciseID, answer: answer)
            }
        }
    }
}

/// The keeper when the store cannot be opened (another program's file, a newer version, an
/// unwritable folder): nothing is saved, and each save says why, which the REPL reports once.
struct UnavailableProgress: ProgressKeeping {
    let reason: Error
    func lastLessonID() -> String? { nil }
    func saved(lessonID id: String) -> SavedLesson? { nil }
    func save(_ lesson: SavedLesson, lessonID id: String) throws { throw reason }
}
