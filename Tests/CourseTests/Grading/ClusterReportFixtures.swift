import Foundation
@testable import Course

/// Reports of a made-up class, whole and cut into shards, for the merge, signature and statistics tests.
enum ClusterReportFixtures {
    static let lesson = BatchReport.Lesson(id: "hello-nn", path: "Lessons/02-hello.md", hash: "sha256:aaaa")

    static let classList = (0..<24).map { "class/student-\($0).py" }

    /// Student `i` scores `i % 4` of 3 on a one-check exercise; every seventh timed out.
    static func result(_ submission: String) -> BatchSubmissionResult {
        let number = Int(submission.split(separator: "-").last?.split(separator: ".").first ?? "") ?? 0
        if number % 7 == 6 {
            return BatchSubmissionResult(submission: submission, status: .timeout, reason: "took longer than 300 s of wall-clock time", seconds: 300)
        }
        let passed = number % 4 == 3
        let exercise = CheckReport.ExerciseReport(
            id: "predict", points: 3, earned: passed ? 3 : 0, outcome: passed ? "passed" : "failed",
            checks: [
                CheckReport.CheckEntry(line: 40, passed: passed, message: passed ? "" : "predict(10) should be near 19, got \(number).5")
            ])
        return BatchSubmissionResult(
            submission: submission, status: .graded, score: passed ? 3 : 0, maxScore: 3,
            exercises: [exercise], seconds: Double(number) / 10, cpuSeconds: 0.5)
    }

    static func whole(_ submissions: [String] = classList) -> BatchReport {
        BatchReport(lesson: lesson, limits: BatchLimits(), submissions: submissions.map(result))
    }

    static func shard(_ index: Int, of count: Int, lesson: BatchReport.Lesson = lesson, classList: [String] = classList) throws -> BatchReport {
        let shard = try GradingShard(index: index, count: count)
        return BatchReport(
            lesson: lesson, limits: BatchLimits(), submissions: shard.select(classList).map(result),
            shard: BatchReport.ShardPart(index: index, count: count, classSubmissions: classList))
    }

    static func shards(_ count: Int) throws -> [(name: String, report: BatchReport)] {
        try (0..<count).map { ("shard-\($0).json", try shard($0, of: count)) }
    }
}
