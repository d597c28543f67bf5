import Foundation

/// What an instructor reads from a class's report at a glance: per exercise its pass rate, per
/// check its pass rate and commonest failure messages, the scores' distribution, and the submissions
/// that were not graded, with why.
///
///     let statistics = ClassStatistics(report)
///     for exercise in statistics.exercises { print(exercise.id, exercise.passRate) }
public struct ClassStatistics: Sendable, Equatable {
    /// A failure message and how many submissions got it; numbers in messages vary between
    /// learners ("got 3.5"), so messages that differ only in numbers count together.
    public struct MessageCount: Sendable, Equatable {
        /// The commonest wording of the message.
        public var message: String
        /// Submissions that got it.
        public var count: Int
        /// True when the grouped messages differ in their numbers.
        public var numbersVary: Bool
    }

    /// One check statement (a line of the lesson) across the class.
    public struct CheckRate: Sendable, Equatable {
        /// The check's line in the lesson file.
        public var line: Int
        /// Graded submissions on which it passed.
        public var passed: Int
        /// Graded submissions on which it ran.
        public var total: Int
        /// Its failure messages, commonest first.
        public var failures: [MessageCount]

        /// `passed / total`, 0 when it never ran.
        public var passRate: Double { total == 0 ? 0 : Double(passed) / Double(total) }
    }

    /// One exercise across the class.
    public struct ExerciseRate: Sendable, Equatable {
        /// The exercise id.
        public var id: String
        /// Points it is worth.
        public var points: Int
        /// Graded submissions that passed it.
        public var passed: Int
        /// Graded submissions that did not attempt it.
        public var notAttempted: Int
        /// Graded submissions.
        public var total: Int
        /// Its checks, in lesson order.
        public var checks: [CheckRate]

        /// `passed / total`, 0 with no graded submission.
        public var passRate: Double { total == 0 ? 0 : Double(passed) / Double(total) }
    }

    /// A range of scores and how many graded submissions fall in it.
    public struct Bin: Sendable, Equatable {
        /// The lowest score in the bin.
        public var low: Int
        /// The highest score in the bin.
        public var high: Int
        /// Graded submissions with a score in `low...high`.
        public var count: Int

        /// Creates a bin.
        public init(low: Int, high: Int, count: Int) { self.low = low; self.high = high; self.count = count }
    }

    /// The lesson's id.
    public var lessonID: String
    /// Submissions in the report.
    public var submissions: Int
    /// Counts per status.
    public var summary: BatchReport.Summary
    /// Per exercise, in lesson order.
    public var exercises: [ExerciseRate]
    /// The scores of graded submissions, in report order.
    public var scores: [Int]
    /// The highest possible score (0 when nothing was graded).
    public var maxScore: Int
    /// The scores' distribution: one bin per score up to 20 points, else 10 equal ranges.
    public var histogram: [Bin]
    /// Submissions that timed out, crashed or were invalid, in report order.
    public var notGraded: [BatchSubmissionResult]

    /// How many failure messages each exercise and check keeps.
    public static let messagesKept = 3

    /// The statistics of `report`.
    public init(_ report: BatchReport) {
        lessonID = report.lesson.id
        submissions = report.submissions.count
        summary = report.summary
        let graded = report.submissions.filter { $0.status == .graded }
        scores = graded.map { $0.score ?? 0 }
        maxScore = graded.compactMap(\.maxScore).max() ?? 0
        notGraded = report.submissions.filter { $0.status != .graded }
        histogram = Self.bins(scores, maxScore: maxScore)

        var order: [String] = []
        var tallies: [String: ExerciseTally] = [:]
        for result in graded {
            for exercise in result.exercises {
                if tallies[exercise.id] == nil { order.append(exercise.id) }
                tallies[exercise.id, default: ExerciseTally(points: exercise.points)].add(exercise)
            }
        }
        exercises = order.compactMap { id in tallies[id].map { $0.rate(id: id) } }
    }

    /// The mean score of graded submissions (nil when none was graded).
    public var meanScore: Double? { scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count) }

    /// The median score of graded submissions (nil when none was graded).
    public var medianScore: Double? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? Double(sorted[middle - 1] + sorted[middle]) / 2 : Double(sorted[middle])
    }

    static func bins(_ scores: [Int], maxScore: Int) -> [Bin] {
        guard maxScore > 0 else { return scores.isEmpty ? [] : [Bin(low: 0, high: 0, count: scores.count)] }
        let ranges: [(Int, Int)]
        if maxScore <= 20 {
            ranges = (0...maxScore).map { ($0, $0) }
        } else {
            let edges = (0...10).map { $0 * (maxScore + 1) / 10 }
            ranges = (0..<10).map { (edges[$0], edges[$0 + 1] - 1) }
        }
        return ranges.map { low, high in Bin(low: low, high: high, count: scores.filter { (low...high).contains(min(max($0, 0), maxScore)) }.count) }
    }

    /// Failure messages with their numbers masked, so "got 3.5" and "got 4" count together.
    static func messageKey(_ message: String) -> String {
        var key = ""
        var inNumber = false
        for character in message {
            if character.isNumber || (inNumber && character == ".") {
                if !inNumber { key.append("#") }
                inNumber = true
            } else {
                inNumber = false
                key.append(character)
            }
        }
        return key
    }

    struct MessageTally {
        var counts: [String: (count: Int, wordings: [String: Int], first: Int)] = [:]
        var seen = 0

        mutating func add(_ message: String) {
            let key = ClassStatistics.messageKey(message)
            var entry = counts[key] ?? (0, [:], seen)
            entry.count += 1
            entry.wordings[message, default: 0] += 1
            counts[key] = entry
            seen += 1
        }

        func top(_ limit: Int) -> [MessageCount] {
            counts.values
                .sorted { ($0.count, -$0.first) > ($1.count, -$1.first) }
                .prefix(limit)
                .map { entry in
                    let wording = entry.wordings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
                    return MessageCount(message: wording, count: entry.count, numbersVary: entry.wordings.count > 1)
                }
        }
    }

    struct ExerciseTally {
        var points: Int
        var passed = 0
        var notAttempted = 0
        var total = 0
        var lines: [Int] = []
        var checks: [Int: (passed: Int, total: Int, messages: MessageTally)] = [:]

        init(points: Int) { self.points = points }

        mutating func add(_ exercise: CheckReport.ExerciseReport) {
            total += 1
            if exercise.outcome == ExerciseOutcome.passed.name { passed += 1 }
            if exercise.outcome == ExerciseOutcome.notAttempted.name { notAttempted += 1 }
            // One count per check line and submission, even if a line judged twice (a loop).
            var counted = Set<Int>()
            for check in exercise.checks where counted.insert(check.line).inserted {
                if checks[check.line] == nil { lines.append(check.line) }
                var entry = checks[check.line] ?? (0, 0, MessageTally())
                entry.total += 1
                if check.passed { entry.passed += 1 } else { entry.messages.add(check.message) }
                checks[check.line] = entry
            }
        }

        func rate(id: String) -> ExerciseRate {
            let rates = lines.sorted().compactMap { line in
                checks[line].map { CheckRate(line: line, passed: $0.passed, total: $0.total, failures: $0.messages.top(ClassStatistics.messagesKept)) }
            }
            return ExerciseRate(id: id, points: points, passed: passed, notAttempted: notAttempted, total: total, checks: rates)
        }
    }
}
