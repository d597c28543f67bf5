import Foundation
import Synchronization
import Testing
@testable import Course

/// Kills a progress writer with SIGKILL at random moments, 200 times: after each kill the store
/// opens and holds every write the writer reported as returned.
@Suite struct ProgressCrashTests {
    static let kills = 200
    static let lanes = 4

    @Test func everyReturnedWriteSurvivesSIGKILL() throws {
        let executable = try #require(BuiltExecutable.deeplings, Comment(rawValue: BuiltExecutable.missingMessage))
        let folder = TemporaryFolder("progress-crash")
        let problems = Mutex<[String]>([])
        let confirmedWrites = Atomic<Int>(0)
        let roundsWithWrites = Atomic<Int>(0)
        // Lanes share nothing but the machine: each has its own file that every round adds to,
        // so later rounds also reopen a file left by a killed writer.
        DispatchQueue.concurrentPerform(iterations: Self.lanes) { lane in
            let path = folder.file("lane\(lane).sqlite")
            var expected: [String] = []
            for round in 0..<(Self.kills / Self.lanes) {
                let delay = Double.random(in: 0...0.12)
                let reported: [String]
                do {
                    reported = try Self.runAndKill(executable, arguments: ["_progress-writer", path, "1000000", "--tag", "l\(lane)r\(round)"], after: delay)
                } catch {
                    problems.withLock { $0.append("lane \(lane) round \(round): could not run the writer: \(error)") }
                    return
                }
                expected += reported
                if !reported.isEmpty { roundsWithWrites.add(1, ordering: .relaxed) }
                confirmedWrites.add(reported.count, ordering: .relaxed)
                if let problem = Self.verify(path, holds: expected) {
                    problems.withLock { $0.append("lane \(lane) round \(round) (killed after \(Int(delay * 1000)) ms): \(problem)") }
                    return
                }
            }
        }
        #expect(problems.withLock { $0 } == [])
        // Kills before the first commit prove less; most rounds must have written something.
        #expect(roundsWithWrites.load(ordering: .relaxed) >= Self.kills / 4, "only \(roundsWithWrites.load(ordering: .relaxed)) rounds wrote before the kill")
        #expect(confirmedWrites.load(ordering: .relaxed) > 0)
    }

    /// Starts the writer, kills it with SIGKILL after `delay` seconds, and returns the writes it reported.
    static func runAndKill(_ executable: String, arguments: [String], after delay: Double) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // A line without its newline was cut by the kill; the write behind it may not have returned.
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        lines.removeLast()
        return lines
    }

    /// Nil when the file opens and holds each expected write, whole; else what is wrong.
    static func verify(_ path: String, holds expected: [String]) -> String? {
        do {
            let store = try ProgressStore(path: path)
            let stored = Dictionary(try store.exercises(lessonID: "crash-test").map { ($0.exerciseID, $0) }, uniquingKeysWith: { first, _ in first })
            for id in expected {
                guard let exercise = stored[id] else { return "write \(id) returned but is missing" }
                guard exercise.lastAnswer == "answer \(id)", exercise.attempts.count == 1, exercise.outcome != .notAttempted else {
                    return "write \(id) is incomplete: \(exercise)"
                }
            }
            // A write cut by the kill leaves nothing, or all of itself: never an exercise without its attempt.
            if let torn = stored.values.first(where: { $0.attempts.count != 1 || $0.lastAnswer == nil }) {
                return "torn write \(torn)"
            }
            return nil
        } catch {
            return "the store did not open: \(error)"
        }
    }
}
