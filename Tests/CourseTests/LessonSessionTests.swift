import Foundation
import Interpreter
import Testing
@testable import Course

@Test func exerciseFlowFromStarterToPass() throws {
    let session = Fixtures.session()
    let lesson = session.lesson
    session.runCell(at: 1)
    let cell = Fixtures.exerciseCell("double")
    #expect(session.answer(for: "double") == lesson.cells[cell].source)

    let starter = try session.submit(lesson.cells[cell].source, for: "double")
    #expect(starter.outcome == .notAttempted)
    #expect(starter.lines.contains { $0.status == .failed })
    #expect(session.progress["double"]?.attempts == 0)
    #expect(session.solution(for: "double") == nil)

    let wrong = try session.submit("def double(x):\n    return x * x", for: "double")
    guard case .failed(let messages) = wrong.outcome else { Issue.record("expected failed, got \(wrong.outcome)"); return }
    #expect(messages.contains { $0.contains("double(3)") && $0.contains("should be 6") && $0.contains("found 9") })
    #expect(messages.contains("double(-2) should be -4"))
    #expect(wrong.lines.map(\.line) == [42, 43, 44])
    #expect(session.progress["double"]?.attempts == 1)
    #expect(session.solution(for: "double") != nil)

    #expect(session.nextHint(for: "double") == "Return `2 * x`.")
    #expect(session.nextHint(for: "double") == nil)
    #expect(session.progress["double"]?.hintsShown == 1)

    let right = try session.submit("def double(x):\n    return 2 * x", for: "double")
    #expect(right.outcome == .passed)
    #expect(right.lines.allSatisfy { $0.status == .passed } && right.lines.count == 3)
    #expect(session.progress["double"]?.outcome == .passed && session.progress["double"]?.attempts == 2)
}

@Test func crashingAnswerFailsWithItsError() throws {
    let session = Fixtures.session()
    let result = try session.submit("def double(x):\n    return 2 * x\nprint(1 / 0)", for: "double")
    #expect(result.runFailure?.typeName == "ZeroDivisionError")
    guard case .failed(let messages) = result.outcome else { Issue.record("\(result.outcome)"); return }
    #expect(messages.first?.contains("ZeroDivisionError") == true)
}

@Test func outputIsCapturedForExpectOutput() throws {
    var shown = ""
    let session = Fixtures.session()
    session.output = { shown += $0 }
    let wrong = try session.submit("print('Hello')", for: "greet")
    #expect(shown == "Hello\n")
    guard case .failed(let messages) = wrong.outcome else { Issue.record("\(wrong.outcome)"); return }
    #expect(messages.first?.contains("it printed \"Hello\\n\"") == true)
    #expect(try session.submit("print('Hello, Deeplings')", for: "greet").outcome == .passed)
}

@Test func missingNameIsTheLearnersFailureNotALessonError() throws {
    let session = Fixtures.session()
    let result = try session.check("line")
    #expect(result.outcome == .notAttempted)
    #expect(result.lines.first?.status == .failed)
    #expect(result.lines.first?.message.contains("name 'ys' is not defined") == true)
    #expect(result.warnings.contains(.notRun(line: 10)))
}

@Test func rewindReplaysTheCellsRunBeforeInAFreshInterpreter() throws {
    let session = Fixtures.session()
    let lineCell = Fixtures.exerciseCell("line")
    let later = try #require(session.lesson.cells.firstIndex { $0.source.contains("from tensorflow") })
    session.runCell(at: 1)
    _ = try session.submit("ys = 2 * xs - 1", for: "line")
    session.runCell(at: later, source: "after = 1")
    #expect(session.interpreter.global("after") != nil)

    let failures = session.rewind(to: lineCell + 1)
    #expect(failures.isEmpty)
    #expect(session.position == lineCell + 1)
    #expect(session.interpreter.global("after") == nil, "cells after the target are not replayed")
    #expect(session.history.map(\.cellIndex) == [1, lineCell])
    #expect(try session.check("line").outcome == .passed)

    session.runCell(at: 1)
    #expect(session.stateWarnings(before: lineCell).contains(.outOfOrder(line: 10)))
}

@Test func editedCellIsWarnedAbout() throws {
    let session = Fixtures.session()
    session.runCell(at: 1)
    session.edit(cell: 1, source: "import numpy as np\nxs = np.array([1.0])")
    let warnings = session.stateWarnings(before: Fixtures.exerciseCell("line"))
    #expect(warnings == [.editedSinceRun(line: 10)])
}

@Test func learnerCodeCannotReadTheLessonFolder() throws {
    let session = Fixtures.session()
    let result = session.runCell(at: Fixtures.exerciseCell("double"), source: "text = open('\(Fixtures.path("hello.md"))').read()")
    #expect(result.failure?.typeName == "PermissionError")
    let listing = session.runCell(at: Fixtures.exerciseCell("double"), source: "import os\nfound = os.path.exists('\(Fixtures.path("hello.md"))')")
    #expect(listing.failure == nil)
    #expect(session.interpreter.global("found").map { if case .bool(false) = $0 { true } else { false } } == true)
}

@Test func advanceSkipsCellsTheLearnerDoesNotSee() throws {
    let session = Fixtures.session()
    var kinds: [CellKind] = [try #require(session.currentCell).kind]
    while let cell = session.advance() { kinds.append(cell.kind) }
    #expect(kinds.allSatisfy { $0.isShownToLearner })
    #expect(kinds.filter { if case .exercise = $0 { true } else { false } }.count == 5)
    #expect(session.exercise(atCell: Fixtures.exerciseCell("line"))?.id == "line")
    #expect(session.score == 0)
    _ = try session.submit("def double(x):\n    return x + x", for: "double")
    #expect(session.score == 2)
}

@Test func lessonFolderInsideTheWorkspaceStaysHidden() throws {
    let workspace = temporaryFolder()
    try FileManager.default.createDirectory(atPath: workspace + "/Lessons", withIntermediateDirectories: true)
    try String(contentsOfFile: Fixtures.path("hello.md"), encoding: .utf8).write(toFile: workspace + "/Lessons/hello.md", atomically: true, encoding: .utf8)
    let lesson = try Lesson.load(path: workspace + "/Lessons/hello.md")
    let session = LessonSession(lesson: lesson, policy: SandboxPolicy(readableFolders: [], workspaceFolder: workspace))
    let cell = Fixtures.exerciseCell("double", in: lesson)
    #expect(session.runCell(at: cell, source: "open('Lessons/hello.md').read()").failure?.typeName == "PermissionError")
    #expect(session.runCell(at: cell, source: "open('Lessons/x.py', 'w').write('x')").failure?.typeName == "PermissionError")
    #expect(session.runCell(at: cell, source: "open('notes.txt', 'w').write('ok')").failure == nil)
    #expect(!FileManager.default.fileExists(atPath: workspace + "/Lessons/x.py"))
}

@Test func promptCodeIsReplayedByRewindAndWarnsNothing() throws {
    let session = Fixtures.session()
    session.runCell(at: 1)
    var shown = ""
    session.output = { shown += $0 }
    let result = session.runPrompt("extra = xs.sum()\nextra")
    #expect(result.failure == nil && shown == "9.0\n")
    session.rewind(to: Fixtures.exerciseCell("double"))
    #expect(session.interpreter.global("extra") != nil)
    #expect(session.stateWarnings(before: Fixtures.exerciseCell("line")).isEmpty)
}

@Test func restoredProgressResumesAnswersAndCounts() throws {
    var saved = ExerciseProgress()
    saved.outcome = .failed(["x"])
    saved.attempts = 3
    saved.hintsShown = 1
    saved.answer = "def double(x):\n    return x + x"
    let session = Fixtures.session()
    session.restore(["double": saved, "gone": ExerciseProgress()], position: 5)
    #expect(session.position == 5)
    #expect(session.progress["gone"] == nil)
    #expect(session.answer(for: "double") == saved.answer)
    #expect(session.nextHint(for: "double") == nil)
    let result = try session.submit(try #require(session.answer(for: "double")), for: "double")
    #expect(result.outcome == .passed && session.progress["double"]?.attempts == 4)
}

@Test func catchUpRunsExamplesAndAnswersAboveAResumedPosition() throws {
    var answered = ExerciseProgress()
    answered.answer = "ys = 2 * xs - 1"
    let session = Fixtures.session()
    let lineCell = Fixtures.exerciseCell("line")
    session.restore(["line": answered], position: lineCell + 1)
    #expect(session.interpreter.global("xs") == nil, "a resumed namespace starts empty")

    let result = session.catchUp()
    #expect(result.failures.isEmpty && !result.stopped)
    #expect(session.interpreter.global("xs") != nil && session.interpreter.global("ys") != nil)
    #expect(result.unanswered.contains("double") && result.unanswered.contains("greet"))
    #expect(session.interpreter.global("double") == nil, "an unanswered exercise's starter does not run")
    #expect(session.position == lineCell + 1)
    #expect(try session.check("line").outcome == .passed)
}

@Test func catchUpStopsAtAnInterruptAndKeepsThePosition() throws {
    let session = Fixtures.session()
    let lineCell = Fixtures.exerciseCell("line")
    var looping = ExerciseProgress()
    looping.answer = "while True:\n    pass"
    var answered = ExerciseProgress()
    answered.answer = "ys = 2 * xs - 1"
    session.restore(["double": looping, "line": answered], position: lineCell + 1)
    session.limits.stepBudget = 50_000
    let result = session.catchUp()
    #expect(result.stopped, "a runaway answer stops the replay")
    #expect(result.cellsRun < session.cellsToCatchUp.count, "the cells after the runaway one did not run")
    #expect(session.position == lineCell + 1)
}
