import Foundation
import Testing
@testable import Course

/// A fresh temporary folder.
func temporaryFolder() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-check-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func solutions(of lesson: Lesson) -> [String: String] {
    var answers: [String: String] = [:]
    for exercise in lesson.exercises { answers[exercise.id] = exercise.solutionIndex.map { lesson.cells[$0].source } }
    return answers
}

@Test func folderOfSolutionsEarnsEveryPoint() throws {
    let folder = temporaryFolder()
    for (id, code) in solutions(of: Fixtures.hello) where id != "greet" {
        try code.write(toFile: folder + "/\(id).py", atomically: true, encoding: .utf8)
    }
    let report = try SubmissionGrader().grade(lessonPath: Fixtures.path("hello.md"), submissionPath: folder)
    #expect(report.status == .graded)
    #expect(report.maxScore == 6)
    #expect(report.score == 5)
    #expect(report.exercises?.map(\.outcome) == ["passed", "not attempted", "passed", "passed", "passed"])
    #expect(report.lesson?.hash == Fixtures.hello.contentHash)
    #expect(!report.allPassed)
}

@Test func oneFileWithEveryAnswerPasses() throws {
    let folder = temporaryFolder()
    // The file runs where the first exercise is: it imports what later examples would.
    let code = "from tensorflow import keras\n" + Fixtures.hello.exercises.compactMap { solutions(of: Fixtures.hello)[$0.id] }.joined(separator: "\n")
    try code.write(toFile: folder + "/answers.py", atomically: true, encoding: .utf8)
    let report = try SubmissionGrader().grade(lessonPath: Fixtures.path("hello.md"), submissionPath: folder + "/answers.py")
    #expect(report.allPassed, "\(report)")
    #expect(report.score == 6)
}

@Test func blankFileIsNotAttempted() throws {
    let folder = temporaryFolder()
    try "\n# nothing yet\n".write(toFile: folder + "/answers.py", atomically: true, encoding: .utf8)
    try "".write(toFile: folder + "/blank.py", atomically: true, encoding: .utf8)
    let report = try SubmissionGrader().grade(lessonPath: Fixtures.path("hello.md"), submissionPath: folder + "/blank.py")
    #expect(report.exercises?.allSatisfy { $0.outcome == "not attempted" && $0.earned == 0 } == true, "\(report)")
    #expect(report.score == 0)
}

struct InvalidCase: CustomTestStringConvertible, Sendable {
    let name: String
    let lesson: String
    let submission: String
    let error: String
    var testDescription: String { name }
}

@Test(arguments: [
    InvalidCase(name: "missing submission", lesson: "hello.md", submission: "/nonexistent/answers.py", error: "no such file or folder"),
    InvalidCase(name: "broken lesson", lesson: "badformat.md", submission: "/nonexistent/answers.py", error: "the lesson is broken"),
    InvalidCase(name: "missing lesson", lesson: "missing.md", submission: "/nonexistent/answers.py", error: "no such lesson file"),
])
func invalidInputIsReportedNotThrown(_ testCase: InvalidCase) throws {
    let report = try SubmissionGrader().grade(lessonPath: Fixtures.path(testCase.lesson), submissionPath: testCase.submission)
    #expect(report.status == .invalid)
    #expect(report.error?.contains(testCase.error) == true, "\(report.error ?? "")")
    #expect(report.exercises == nil && report.score == nil)
}

@Test func reportJSONHasTheAgreedShape() throws {
    let folder = temporaryFolder()
    try "def double(x):\n    return x * x\n".write(toFile: folder + "/answers.py", atomically: true, encoding: .utf8)
    let report = try SubmissionGrader().grade(lessonPath: Fixtures.path("hello.md"), submissionPath: folder + "/answers.py")
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["deeplings", "lesson", "submission", "status", "score", "maxScore", "exercises"])
    #expect(object["deeplings"] as? String == DeeplingsVersion.string)
    #expect(object["status"] as? String == "graded")
    let lesson = try #require(object["lesson"] as? [String: Any])
    #expect(Set(lesson.keys) == ["id", "path", "hash"])
    let exercises = try #require(object["exercises"] as? [[String: Any]])
    #expect(Set(exercises[0].keys) == ["id", "points", "earned", "outcome", "checks"])
    #expect(exercises[0]["outcome"] as? String == "failed")
    let checks = try #require(exercises[0]["checks"] as? [[String: Any]])
    #expect(Set(checks[0].keys) == ["line", "passed", "message"])
    #expect(checks.map { $0["line"] as? Int } == [42, 43, 44])
    #expect(try JSONDecoder().decode(CheckReport.self, from: data) == report)
}
