import Foundation

/// Turns how a child ended into one submission status, trusting its JSON only when it exited
/// as `check --json` promises (0 all passed, 1 some failed, 2 invalid).
enum BatchChildVerdict {
    static func interpret(_ run: BatchChildRun, submission: String, lessonHash: String, limits: BatchLimits) -> BatchGrader.Graded {
        var result = BatchSubmissionResult(
            submission: submission, status: .crashed,
            seconds: milliseconds(run.wallSeconds), cpuSeconds: milliseconds(run.cpuSeconds))
        let tail = run.errorSummary
        func withTail(_ sentence: String) -> String { tail.isEmpty ? sentence : "\(sentence): \(tail)" }

        if run.timedOut {
            result.status = .timeout
            result.reason = "took longer than \(format(limits.timeoutSeconds)) s of wall-clock time; the checker was stopped"
        } else if run.signal == SIGXCPU || (run.signal == SIGKILL && run.cpuSeconds >= Double(limits.cpuSeconds)) {
            result.status = .timeout
            result.reason = "used more than \(limits.cpuSeconds) CPU seconds; the checker was stopped"
        } else if run.outputExceeded {
            result.reason = "printed more than \(limits.outputLimitBytes) bytes; the checker was stopped"
        } else if let signal = run.signal {
            result.reason = withTail("the checker was killed by signal \(signal) (\(signalName(signal)))")
        } else if run.exitStatus == 2 {
            result.status = .invalid
            let child = try? JSONDecoder().decode(CheckReport.self, from: run.output)
            result.reason = child?.error ?? withTail("the checker rejected the submission")
        } else if run.exitStatus == 0 || run.exitStatus == 1 {
            do {
                let child = try JSONDecoder().decode(CheckReport.self, from: run.output)
                return graded(child, into: result, lessonHash: lessonHash)
            } catch {
                result.reason = withTail("the checker exited with status \(run.exitStatus ?? 0) without a valid result")
            }
        } else {
            result.reason = withTail("the checker exited with status \(run.exitStatus ?? -1) without a result")
        }
        return BatchGrader.Graded(result: result, lessonID: nil)
    }

    private static func graded(_ child: CheckReport, into result: BatchSubmissionResult, lessonHash: String) -> BatchGrader.Graded {
        var result = result
        if child.status == .invalid {
            result.status = .invalid
            result.reason = child.error ?? "the checker rejected the submission"
            return BatchGrader.Graded(result: result, lessonID: child.lesson?.id)
        }
        guard child.status == .graded, let lesson = child.lesson,
            let score = child.score, let maxScore = child.maxScore, let exercises = child.exercises
        else {
            result.reason = "the checker's result is incomplete (status \(child.status.rawValue), no score or exercises)"
            return BatchGrader.Graded(result: result, lessonID: nil)
        }
        guard lesson.hash == lessonHash else {
            result.status = .invalid
            result.reason = "graded against another version of the lesson (\(lesson.hash)); the lesson file changed during the batch: grade again"
            return BatchGrader.Graded(result: result, lessonID: nil)
        }
        // Never more points than there are: a result that claims so is not trusted.
        let consistent = (0...max(0, maxScore)).contains(score) && exercises.allSatisfy { (0...max(0, $0.points)).contains($0.earned) }
        guard consistent else {
            result.reason = "the checker's result claims more points than the lesson gives (\(score) of \(maxScore)); not trusted"
            return BatchGrader.Graded(result: result, lessonID: nil)
        }
        result.status = .graded
        result.score = score
        result.maxScore = maxScore
        result.exercises = exercises
        return BatchGrader.Graded(result: result, lessonID: lesson.id)
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV, a crash", SIGABRT: "SIGABRT, an abort", SIGILL: "SIGILL, a trap", SIGTRAP: "SIGTRAP, a trap",
            SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGXCPU: "SIGXCPU",
        ]
        return names[signal] ?? "another signal"
    }

    private static func milliseconds(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
