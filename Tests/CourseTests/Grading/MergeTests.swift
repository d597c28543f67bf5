import Foundation
import Testing
@testable import Course

@Suite struct MergeTests {
    typealias F = ClusterReportFixtures

    @Test(arguments: [1, 3, 4])
    func mergedShardsEqualTheWholeClass(_ count: Int) throws {
        let merged = try BatchReport.merge(try F.shards(count).reversed())
        #expect(merged == F.whole())
        #expect(merged.shard == nil)
    }

    @Test func refusesAnotherLessonVersion() throws {
        var parts = try F.shards(2)
        parts[1].report = try F.shard(1, of: 2, lesson: BatchReport.Lesson(id: "hello-nn", path: "Lessons/02-hello.md", hash: "sha256:bbbb"))
        let error = try #require(throws: ReportMergeError.self) { try BatchReport.merge(parts) }
        #expect(error.description.contains("shard-1.json was graded against another version of the lesson (sha256:bbbb) than shard-0.json (sha256:aaaa)"))
    }

    @Test func namesTheSubmissionsOfAMissingShard() throws {
        let parts = try F.shards(4).filter { $0.report.shard?.index != 2 }
        let lost = try GradingShard(index: 2, count: 4).select(F.classList)
        #expect(!lost.isEmpty)
        let error = try #require(throws: ReportMergeError.self) { try BatchReport.merge(parts) }
        #expect(error.description.contains("missing: \(lost.count) submission"))
        for submission in lost { #expect(error.description.contains(submission)) }
        #expect(error.description.contains("grade it again with --shard 2/4"))
    }

    @Test func namesWhatIsGradedTwice() throws {
        var parts = try F.shards(2)
        parts.append(("shard-1-again.json", try F.shard(1, of: 2)))
        let twice = try GradingShard(index: 1, count: 2).select(F.classList)
        let error = try #require(throws: ReportMergeError.self) { try BatchReport.merge(parts) }
        #expect(error.description.contains("shard 1/2 is given more than once: shard-1.json, shard-1-again.json"))
        #expect(error.description.contains("graded twice: \(twice[0]) (in shard-1.json and shard-1-again.json)"))
    }

    @Test func refusesMixedShardCountsAndClasses() throws {
        let error = try #require(throws: ReportMergeError.self) {
            try BatchReport.merge([("a.json", try F.shard(0, of: 2)), ("b.json", try F.shard(1, of: 3))])
        }
        #expect(error.description.contains("b.json is shard 1 of 3, but a.json is of 2"))
        let other = Array(F.classList.dropLast()) + ["class/late.py"]
        let classes = try #require(throws: ReportMergeError.self) {
            try BatchReport.merge([("a.json", try F.shard(0, of: 2)), ("b.json", try F.shard(1, of: 2, classList: other))])
        }
        #expect(classes.description.contains("b.json was given another class than a.json; it lacks \(F.classList.last ?? "")"))
        #expect(classes.description.contains("it adds class/late.py"))
    }

    @Test func refusesAReportThatIsNotAShard() throws {
        let error = try #require(throws: ReportMergeError.self) { try BatchReport.merge([("whole.json", F.whole())]) }
        #expect(error.description.contains("whole.json is not a shard's report"))
        #expect(throws: ReportMergeError.self) { try BatchReport.merge([]) }
    }
}
