import Course
import Foundation
import Testing
@testable import deeplings

@Test(arguments: [
    ("\r\u{1b}[1m1/6\u{1b}[0m \u{1b}[32m━━\u{1b}[0m", "\n1/6 ━━"),
    ("\u{8}\u{8}\u{8}\r2/6", "\n2/6"),
    ("plain text\n", "plain text\n"),
    ("\u{1b}[38;5;12mblue\u{1b}[0m", "blue"),
])
func plainFilterTurnsRedrawsIntoLinesAndDropsEscapes(input: String, expected: String) {
    var filter = PlainTextFilter()
    #expect(filter.filter(input) == expected)
}

@Test func plainFilterKeepsStateAcrossPieces() {
    var filter = PlainTextFilter()
    #expect(filter.filter("a\u{1b}[3") + filter.filter("2mb\u{8}") + filter.filter("\rc") == "ab\nc")
}

@Test(arguments: [("nxt", "next"), ("hnt", "hint"), ("les", "lessons"), ("prgress", "progress"), ("quti", "quit")])
func mistypedCommandsGetASuggestion(typed: String, meant: String) {
    #expect(ReplCommandCatalog.suggestion(for: typed) == meant)
}

@Test func farOffWordsGetNoSuggestion() {
    #expect(ReplCommandCatalog.suggestion(for: "banana") == nil)
}

@Test func helpListsEveryCommandOnItsOwnLine() {
    let help = ReplCommandCatalog.help(style: TerminalStyle(isPlain: true, width: 80))
    for entry in ReplCommandCatalog.entries { #expect(help.contains(":\(entry.name)")) }
    #expect(!help.contains("\u{1b}"))
}

@Test func proseRendersHeadingsListsQuotesAndLinksAsPlainText() {
    let style = TerminalStyle(isPlain: true, width: 40)
    let text = ProseRenderer(style: style).render(
        """
        # Title

        Some *emphasis* and `code` and a [link](https://example.org).

        - one
        - two

        > quoted
        """)
    #expect(text == "# Title\n\nSome emphasis and `code` and a link\n(https://example.org).\n\n- one\n- two\n\n> quoted\n")
}

@Test func proseWrapsToTheWidthIgnoringEscapes() {
    let style = TerminalStyle(isPlain: false, width: 20)
    let text = ProseRenderer(style: style).render("aaaa bbbb `cccc` dddd eeee ffff gggg")
    for line in text.split(separator: "\n") { #expect(ProseRenderer.visibleWidth(line) <= 20) }
    #expect(text.contains("\u{1b}[36mcccc\u{1b}[0m"))
}

@Test func highlighterColoursKeywordsStringsNumbersAndComments() {
    let colour = PythonHighlighter(style: TerminalStyle(isPlain: false, width: 80))
    let line = colour.highlight("def f(x): return 'a' + 1 # note")
    #expect(line.contains("\u{1b}[35mdef\u{1b}[0m"))
    #expect(line.contains("\u{1b}[32m'a'\u{1b}[0m"))
    #expect(line.contains("\u{1b}[33m1\u{1b}[0m"))
    #expect(line.contains("\u{1b}[2m# note\u{1b}[0m"))
    #expect(PythonHighlighter(style: TerminalStyle(isPlain: true, width: 80)).highlight("def f(): pass") == "def f(): pass")
}

@Test func outputCapHoldsBackLinesPastTheLimitAndSaysSo() {
    var cap = OutputCap(lineLimit: 2)
    #expect(cap.admit("a\n") == "a\n")
    #expect(cap.admit("b\n") == "b\n")
    #expect(cap.admit("c\nd\n") == nil)
    #expect(cap.finish() == "… 2 more lines of output not shown (the first 2 were)")
    #expect(cap.finish() == nil)
}

@Test func progressRoundTripsThroughTheStore() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-store-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("progress.sqlite").path
    var record = ExerciseProgressFixture.passed
    record.hintsShown = 1
    record.answer = "y = 2 * x"
    let keeper = StoreProgress(store: try ProgressStore(path: path)) { _ in "sha256:1" }
    try keeper.save(SavedLesson(position: 4, exercises: ["double": record]), lessonID: "hello")
    try keeper.save(SavedLesson(position: 5, exercises: ["double": record]), lessonID: "hello")
    let reread = StoreProgress(store: try ProgressStore(path: path)) { _ in "sha256:1" }
    #expect(reread.lastLessonID() == "hello")
    let saved = try #require(reread.saved(lessonID: "hello"))
    #expect(saved.position == 5)
    #expect(saved.exercises["double"]?.outcome == .passed)
    #expect(saved.exercises["double"]?.attempts == 2, "a second save of the same snapshot records nothing twice")
    #expect(saved.exercises["double"]?.hintsShown == 1)
    #expect(saved.exercises["double"]?.answer == "y = 2 * x")
    try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: (any Error).self) { try ProgressStore(path: path) }
}

@Test func stateFolderFollowsXDG() {
    #expect(deeplingsStateFolder(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/deeplings")
    #expect(deeplingsStateFolder(environment: ["HOME": "/h"]) == "/h/.local/state/deeplings")
}

@Test func completionOffersCommandsAndPaths() throws {
    #expect(Completion.candidates(word: ":ne", before: "") == [":next"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-paths-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("datasets"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(Completion.paths(folder.path + "/da") == [folder.path + "/datasets/"])
}

/// Progress records for the progress tests.
enum ExerciseProgressFixture {
    static var passed: ExerciseProgress {
        var record = ExerciseProgress()
        record.outcome = .passed
        record.attempts = 2
        return record
    }
}

@Test(arguments: [("model.fit(x, y, ", "model.fit"), ("print(len(a), ", "print"), ("f (1, ", "f"), ("f(g(1), [2, ", nil), ("x = (", nil), ("", nil)])
func calleeOfTheOpenCall(before: String, expected: String?) {
    #expect(Completion.callee(before: before) == expected)
}
