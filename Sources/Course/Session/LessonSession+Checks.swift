import Interpreter

extension LessonSession {
    /// Runs `code` as the learner's answer to an exercise, then its checks. Code equal to the
    /// starter leaves the outcome `notAttempted` and counts no attempt (the checks still run, so
    /// the learner sees what is expected).
    public func submit(_ code: String, for exerciseID: String) throws(ChecksInterrupted) -> ExerciseCheckResult {
        guard let exercise = lesson.exercise(exerciseID) else {
            return ExerciseCheckResult(
                exerciseID: exerciseID, outcome: .lessonError(["no exercise '\(exerciseID)' in this lesson"]),
                lines: [], warnings: [], runFailure: nil)
        }
        let run = runCell(at: exercise.cellIndex, source: code)
        return try check(exerciseID, runFailure: run.failure)
    }

    /// Runs an exercise's checks on the namespace as it is now.
    public func check(_ exerciseID: String) throws(ChecksInterrupted) -> ExerciseCheckResult {
        try check(exerciseID, runFailure: nil)
    }

    func check(_ exerciseID: String, runFailure: PythonFailure?) throws(ChecksInterrupted) -> ExerciseCheckResult {
        guard let exercise = lesson.exercise(exerciseID) else {
            return ExerciseCheckResult(
                exerciseID: exerciseID, outcome: .lessonError(["no exercise '\(exerciseID)' in this lesson"]),
                lines: [], warnings: [], runFailure: nil)
        }
        let warnings = stateWarnings(before: exercise.cellIndex)
        let runner = CheckRunner(interpreter: interpreter, lesson: lesson, limits: checkLimits, modules: checkModules)
        let lines = try runner.run(exercise, learnerOutput: progress[exerciseID]?.lastOutput ?? "")
        let attempted = progress[exerciseID]?.answer != nil
        var outcome = Self.outcome(of: lines, runFailure: runFailure)
        if !attempted, !Self.isLessonError(outcome) { outcome = .notAttempted }
        if attempted { progress[exerciseID]?.attempts += 1 }
        if attempted || outcome != .notAttempted { progress[exerciseID]?.outcome = outcome }
        return ExerciseCheckResult(exerciseID: exerciseID, outcome: outcome, lines: lines, warnings: warnings, runFailure: runFailure)
    }

    static func isLessonError(_ outcome: ExerciseOutcome) -> Bool {
        if case .lessonError = outcome { return true }
        return false
    }

    /// Lesson errors first, then failures; a crash of the learner's code fails the exercise.
    static func outcome(of lines: [CheckLine], runFailure: PythonFailure?) -> ExerciseOutcome {
        let lessonErrors = lines.filter { $0.status == .lessonError }.map(\.message)
        if !lessonErrors.isEmpty { return .lessonError(lessonErrors) }
        var failures = lines.filter { $0.status == .failed }.map(\.message)
        if let runFailure {
            failures.insert("your code raised \(runFailure.typeName)\(runFailure.message.isEmpty ? "" : ": " + runFailure.message) — fix that error first", at: 0)
        }
        return failures.isEmpty ? .passed : .failed(failures)
    }

    /// Warnings about the state cells before `cellIndex` built: examples never run, cells run
    /// out of order, cells edited since they ran.
    public func stateWarnings(before cellIndex: Int) -> [SessionWarning] {
        var warnings: [SessionWarning] = []
        let cells = history.filter { !$0.isPrompt }
        let ran = Set(cells.map(\.cellIndex))
        for index in 0..<min(cellIndex, lesson.cells.count) {
            if case .example = lesson.cells[index].kind, !ran.contains(index) { warnings.append(.notRun(line: lesson.cells[index].line)) }
        }
        var highest = -1
        for record in cells {
            if record.cellIndex < highest {
                warnings.append(.outOfOrder(line: lesson.cells[record.cellIndex].line))
                break
            }
            highest = max(highest, record.cellIndex)
        }
        var latest: [Int: String] = [:]
        for record in cells { latest[record.cellIndex] = record.source }
        for (index, source) in latest.sorted(by: { $0.key < $1.key }) where index <= cellIndex && source != currentSource(ofCell: index) {
            warnings.append(.editedSinceRun(line: lesson.cells[index].line))
        }
        return warnings
    }
}
