import Foundation
import Testing
@testable import Course

@Suite struct ClassStatisticsTests {
    @Test func passRatesPerExerciseAndCheck() throws {
        let report = ClusterReportFixtures.whole()
        let statistics = ClassStatistics(report)
        let graded = report.submissions.filter { $0.status == .graded }
        let passing = graded.filter { $0.score == 3 }.count
        let exercise = try #require(statistics.exercises.first)
        #expect(statistics.exercises.count == 1)
        #expect(exercise.id == "predict" && exercise.points == 3)
        #expect(exercise.total == graded.count && exercise.passed == passing)
        let check = try #require(exercise.checks.first)
        #expect(check.line == 40 && check.passed == passing && check.total == graded.count)
        #expect(abs(check.passRate - Double(passing) / Double(graded.count)) < 1e-12)
    }

    @Test func failureMessagesThatDifferInNumbersCountTogether() throws {
        let statistics = ClassStatistics(ClusterReportFixtures.whole())
        let failures = try #require(statistics.exercises.first?.checks.first?.failures)
        let failing = ClusterReportFixtures.whole().submissions.filter { $0.status == .graded && $0.score == 0 }.count
        #expect(failures.count == 1)
        #expect(failures.first?.count == failing)
        #expect(failures.first?.numbersVary == true)
        #expect(failures.first?.message.hasPrefix("predict(10) should be near 19, got ") == true)
        #expect(ClassStatistics.messageKey("got 3.5 not 19") == ClassStatistics.messageKey("got 12 not 7"))
        #expect(ClassStatistics.messageKey("got 3.5") != ClassStatistics.messageKey("expected 3.5"))
    }

    @Test func commonestMessagesComeFirst() {
        var tally = ClassStatistics.MessageTally()
        for message in ["b", "a", "a", "c", "a", "b", "d"] { tally.add(message) }
        #expect(tally.top(3).map(\.message) == ["a", "b", "c"])
        #expect(tally.top(3).map(\.count) == [3, 2, 1])
    }

    @Test func histogramHasABinPerScoreOrTenRanges() {
        let small = ClassStatistics.bins([0, 3, 3, 1, 3], maxScore: 3)
        #expect(small.map(\.count) == [1, 1, 0, 3])
        #expect(small.map(\.low) == [0, 1, 2, 3])
        let large = ClassStatistics.bins([0, 49, 50, 99, 100, 100], maxScore: 100)
        #expect(large.count == 10)
        #expect(large.first?.low == 0 && large.last?.high == 100)
        #expect(large.reduce(0) { $0 + $1.count } == 6)
        #expect(large.last?.count == 3)
        #expect(ClassStatistics.bins([], maxScore: 0).isEmpty)
    }

    @Test func listsWhatWasNotGradedAndTheScores() {
        let report = ClusterReportFixtures.whole()
        let statistics = ClassStatistics(report)
        #expect(statistics.notGraded.map(\.submission) == report.submissions.filter { $0.status != .graded }.map(\.submission))
        #expect(statistics.notGraded.allSatisfy { $0.reason?.contains("took longer") == true })
        #expect(statistics.maxScore == 3)
        let scores = report.submissions.compactMap(\.score)
        #expect(statistics.scores == scores)
        #expect(statistics.meanScore == Double(scores.reduce(0, +)) / Double(scores.count))
        #expect(ClassStatistics(BatchReport(lesson: ClusterReportFixtures.lesson, limits: BatchLimits(), submissions: [])).medianScore == nil)
    }
}
