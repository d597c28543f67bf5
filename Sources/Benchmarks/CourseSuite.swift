import Course
import Foundation
import Interpreter

/// Runs the `course` benchmark suite: `lint` of the engine's fixture lesson, one hello-network
/// exercise checked (its 500 epochs of training included), best of a few runs; then grading.
func runCourseSuite(quick: Bool) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let fixture = root.appendingPathComponent("Tests/CourseTests/Fixtures/hello.md").path
    let hello = try Lesson.load(path: root.appendingPathComponent("Benchmarks/course/hello-nn.md").path)
    let repeats = quick ? 1 : 5

    var lintSeconds = Double.infinity
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        let result = try LessonLinter().lint(path: fixture)
        guard result.problems.isEmpty else { throw BenchmarkFailure(message: result.problems.map(\.description).joined(separator: "\n")) }
        lintSeconds = min(lintSeconds, seconds(ContinuousClock.now - start))
    }
    print("lint_fixture_seconds: \(String(format: "%.3f", lintSeconds))")

    var checkSeconds = Double.infinity
    guard let exercise = hello.exercise("predict-19"), let solution = exercise.solutionIndex,
        let example = hello.cells.firstIndex(where: { $0.kind == .example(slow: false) })
    else {
        throw BenchmarkFailure(message: "hello-nn.md has no predict-19 solution")
    }
    for _ in 0..<repeats {
        let session = LessonSession(lesson: hello, policy: SandboxPolicy())
        let start = ContinuousClock.now
        session.runCell(at: example)
        let result = try session.submit(hello.cells[solution].source, for: "predict-19")
        checkSeconds = min(checkSeconds, seconds(ContinuousClock.now - start))
        guard result.outcome == .passed else { throw BenchmarkFailure(message: "hello check: \(result.outcome) \(result.lines)") }
    }
    print("check_hello_ms: \(String(format: "%.1f", checkSeconds * 1000))")
    try runGradeSuite(quick: quick)
}

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
