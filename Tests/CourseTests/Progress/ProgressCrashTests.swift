import Foundation
import Synchronization
import Testing
@testable import Course

/// Kills a progress writer with SIGKILL at random moments, 200 times: after each kill the store
/// opens and holds every write the writer reported as returned.
@Suite struct ProgressCrashTests {
    static let kills = 200
    static let lanes = 8

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
                let moment = KillMoment.random()
                let reported: [String]
                do {
                    reported = try Self.runAndKill(executable, arguments: ["_progress-writer", path, "1000000", "--tag", "l\(lane)r\(round)"], at: moment)
                } catch {
                    problems.withLock { $0.append("lane \(lane) round \(round): could not run the writer: \(error)") }
                    return
                }
                expected += reported
                if !reported.isEmpty { roundsWithWrites.add(1, ordering: .relaxed) }
                confirmedWrites.add(reported.count, ordering: .relaxed)
                if let problem = Self.verify(path, holds: expected) {
                    problems.withLock { $0.append("lane \(lane) round \(round) (killed \(moment)): \(problem)") }
                    return
                }
            }
        }
        #expect(problems.withLock { $0 } == [])
        // Kills before the first commit prove less; most rounds must have written something.
        #expect(roundsWithWrites.load(ordering: .relaxed) >= Self.kills / 2, "only \(roundsWithWrites.load(ordering: .relaxed)) rounds wrote before the kill")
        #expect(confirmedWrites.load(ordering: .relaxed) > 0)
    }

    /// When a round kills its writer.
    enum KillMoment: CustomStringConvertible {
        /// So many seconds after the start, often while the store opens or migrates.
        case after(seconds: Double)
        /// Right after the writer reported `lines` writes, plus a jitter that lands inside a later one.
        case afterWrites(lines: Int, jitter: Double)

        static func random() -> KillMoment {
            Int.random(in: 0..<4) == 0
                ? .after(seconds: .random(in: 0...0.08))
                : .afterWrites(lines: .random(in: 1...3), jitter: .random(in: 0...0.006))
        }

        var description: String {
            switch self {
            case .after(let seconds): return "\(Int(seconds * 1000)) ms after the start"
            case .afterWrites(let lines, let jitter): return "\(String(format: "%.1f", jitter * 1000)) ms after write \(lines)"
            }
        }
    }

    /// Starts the writer, kills it with SIGKILL at `moment`, and returns the writes it reported.
    static func runAndKill(_ executable: String, arguments: [String], at moment: KillMoment) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // OpenBLAS would start a thread per core in each of the 200 writers.
        process.environment = ProcessInfo.processInfo.environment.merging(["OPENBLAS_NUM_THREADS": "1"]) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var output = Data()
        switch moment {
        case .after(let seconds):
            usleep(useconds_t(seconds * 1_000_000))
        case .afterWrites(let lines, let jitter):
            // The writer is not reaped before the kill below, so its pid cannot have been reused.
            var reader = pollfd(fd: pipe.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            while output.count(where: { $0 == UInt8(ascii: "\n") }) < lines {
                guard poll(&reader, 1, 20_000) > 0 else {
                    kill(process.processIdentifier, SIGKILL)
                    process.waitUntilExit()
                    throw WriterHung(lines: output.count(where: { $0 == UInt8(ascii: "\n") }))
                }
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                output += chunk
            }
            usleep(useconds_t(jitter * 1_000_000))
        }
        kill(process.processIdentifier, SIGKILL)
        output += pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // A line without its newline was cut by the kill; the write behind it may not have returned.
        var lines = String(decoding: output, as: UTF8.self).components(separatedBy: "\n")
        lines.removeLast()
        return lines
    }

    struct WriterHung: Error, CustomStringConvertible {
        let lines: Int
        var description: String { "the writer printed nothing for 20 s after \(lines) writes" }
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
