import Foundation
import Testing
@testable import Course

@Suite struct ProgressStoreTests {
    let folder = TemporaryFolder("progress")

    @Test func defaultPathFollowsXDG() {
        #expect(ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ada"]) == "/data/deeplings/progress.sqlite")
        #expect(ProgressStore.defaultPath(environment: ["HOME": "/home/ada"]) == "/home/ada/.local/share/deeplings/progress.sqlite")
        // The XDG specification says to ignore a relative XDG_DATA_HOME.
        #expect(ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/ada"]) == "/home/ada/.local/share/deeplings/progress.sqlite")
    }

    @Test func createsFolderAndFileInWALMode() throws {
        let path = folder.file("nested/deeplings/progress.sqlite")
        let store = try ProgressStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func everythingSurvivesReopening() throws {
        let path = folder.file("progress.sqlite")
        let opened = Date(timeIntervalSince1970: 1_700_000_000.25)
        do {
            let store = try ProgressStore(path: path)
            _ = try store.openLesson("hello-nn", contentHash: "sha256:aa", at: opened)
            try store.setPosition(lessonID: "hello-nn", cell: 7)
            try store.recordHint(lessonID: "hello-nn", exerciseID: "predict-19")
            try store.recordAttempt(lessonID: "hello-nn", exerciseID: "predict-19", answer: "x = 1", passed: false, at: opened)
            try store.recordAttempt(lessonID: "hello-nn", exerciseID: "predict-19", answer: "x = 2", passed: true, at: opened + 60)
        }
        let store = try ProgressStore(path: path)
        #expect(try store.lastOpenedLessonID() == "hello-nn")
        #expect(try store.lesson("hello-nn") == StoredLesson(lessonID: "hello-nn", contentHash: "sha256:aa", position: 7, lastOpenedAt: opened))
        let exercise = try store.exercise(lessonID: "hello-nn", exerciseID: "predict-19")
        #expect(
            exercise
                == StoredExercise(
                    lessonID: "hello-nn", exerciseID: "predict-19", outcome: .passed,
                    attempts: [StoredAttempt(at: opened, outcome: .failed), StoredAttempt(at: opened + 60, outcome: .passed)],
                    hintsUsed: 1, lastAnswer: "x = 2"))
    }

    @Test func untouchedExerciseIsNotAttempted() throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        #expect(try store.exercise(lessonID: "a", exerciseID: "b") == .untouched(lessonID: "a", exerciseID: "b"))
        #expect(try store.lesson("a") == nil)
        #expect(try store.lastOpenedLessonID() == nil)
    }

    struct OutcomeCase: Sendable, CustomTestStringConvertible {
        let attempts: [Bool]
        let expected: StoredOutcome
        var testDescription: String { "\(attempts) → \(expected)" }
    }

    @Test(arguments: [
        OutcomeCase(attempts: [], expected: .notAttempted),
        OutcomeCase(attempts: [false], expected: .failed),
        OutcomeCase(attempts: [false, true], expected: .passed),
        OutcomeCase(attempts: [true, false], expected: .passed),
        OutcomeCase(attempts: [false, false], expected: .failed),
    ])
    func outcomeAfterAttempts(_ example: OutcomeCase) throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        try store.saveAnswer(lessonID: "l", exerciseID: "e", answer: "draft")
        for passed in example.attempts {
            try store.recordAttempt(lessonID: "l", exerciseID: "e", answer: "try", passed: passed)
        }
        let exercise = try store.exercise(lessonID: "l", exerciseID: "e")
        #expect(exercise.outcome == example.expected)
        #expect(exercise.attempts.count == example.attempts.count)
    }

    @Test func draftAnswerKeepsOutcome() throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        try store.recordAttempt(lessonID: "l", exerciseID: "e", answer: "good", passed: true)
        try store.saveAnswer(lessonID: "l", exerciseID: "e", answer: "edited later")
        let exercise = try store.exercise(lessonID: "l", exerciseID: "e")
        #expect(exercise.outcome == .passed)
        #expect(exercise.lastAnswer == "edited later")
    }

    @Test func editedLessonIsReportedAndOutcomesKept() throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        let first = try store.openLesson("cnn", contentHash: "sha256:v1")
        #expect(first.isFirstOpening && !first.contentChanged)
        try store.setPosition(lessonID: "cnn", cell: 3)
        try store.recordAttempt(lessonID: "cnn", exerciseID: "conv", answer: "ok", passed: true)

        let same = try store.openLesson("cnn", contentHash: "sha256:v1")
        #expect(!same.isFirstOpening && !same.contentChanged)

        let edited = try store.openLesson("cnn", contentHash: "sha256:v2")
        #expect(edited.contentChanged)
        #expect(edited.previousHash == "sha256:v1")
        #expect(edited.progress.position == 3)
        #expect(try store.exercise(lessonID: "cnn", exerciseID: "conv").outcome == .passed)
        #expect(try store.openLesson("cnn", contentHash: "sha256:v2").contentChanged == false)
    }

    @Test func positionBeforeFirstOpeningIsNotAnEdit() throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        try store.setPosition(lessonID: "l", cell: 2)
        let opening = try store.openLesson("l", contentHash: "sha256:x")
        #expect(opening.isFirstOpening && !opening.contentChanged)
        #expect(opening.progress.position == 2)
    }

    @Test func exercisesOfLessonAreOrderedById() throws {
        let store = try ProgressStore(path: folder.file("progress.sqlite"))
        for id in ["c", "a", "b"] { try store.recordHint(lessonID: "l", exerciseID: id) }
        try store.recordHint(lessonID: "other", exerciseID: "z")
        #expect(try store.exercises(lessonID: "l").map(\.exerciseID) == ["a", "b", "c"])
    }

    @Test func twoStoresOnOneFileSeeEachOthersWrites() throws {
        let path = folder.file("progress.sqlite")
        let first = try ProgressStore(path: path), second = try ProgressStore(path: path)
        for index in 0..<10 {
            try (index % 2 == 0 ? first : second).recordAttempt(lessonID: "l", exerciseID: "e", answer: "\(index)", passed: false)
        }
        #expect(try first.exercise(lessonID: "l", exerciseID: "e").attempts.count == 10)
        #expect(try second.exercise(lessonID: "l", exerciseID: "e").lastAnswer == "9")
    }
}
