import Foundation
import Testing
@testable import Course

@Test func fixtureLessonParses() throws {
    let lesson = Fixtures.hello
    #expect(lesson.id == "hello-fixture")
    #expect(lesson.title == "Hello, fixture")
    #expect(lesson.metadata["level"] == "1")
    #expect(lesson.exercises.map(\.id) == ["double", "greet", "line", "model", "safe-sqrt"])
    #expect(lesson.exercise("double")?.points == 2)
    #expect(lesson.exercise("greet")?.points == 1)
    #expect(lesson.contentHash.hasPrefix("sha256:") && lesson.contentHash.count == 7 + 64)
    let double = try #require(lesson.exercise("double"))
    #expect(lesson.cells[double.cellIndex].line == 17)
    #expect(lesson.cells[double.cellIndex].source == "def double(x):\n    pass")
    #expect(double.alternativeIndices.count == 1 && double.mistakeIndices.count == 1 && double.hintIndices.count == 1)
    #expect(lesson.cells[double.mistakeIndices[0]].kind == .mistake(exercise: "double", message: "should be 6, found 9"))
    #expect(lesson.cells.first?.kind == .prose && lesson.cells.first?.line == 6)
    #expect(lesson.cells[1].kind == .example(slow: false) && lesson.cells[1].line == 10)
}

@Test func contentHashChangesWithTheText() throws {
    let a = try Fixtures.parse(Fixtures.exercise("a"))
    let b = try Fixtures.parse(Fixtures.exercise("a") + "\nmore prose\n")
    #expect(a.contentHash != b.contentHash)
}

struct FormatCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let raw: Bool
    let line: Int
    let problem: String
    var testDescription: String { name }
    init(_ name: String, _ text: String, raw: Bool = false, line: Int, _ problem: String) {
        self.name = name; self.text = text; self.raw = raw; self.line = line; self.problem = problem
    }
}

let formatCases: [FormatCase] = [
    FormatCase("no front matter", "# Title\n", raw: true, line: 1, "no front matter"),
    FormatCase("unclosed front matter", "---\nid: a\n", raw: true, line: 1, "never closed"),
    FormatCase("invalid YAML", "---\nid: [a\ntitle: x\n---\n", raw: true, line: 3, "not valid YAML"),
    FormatCase("missing id", "---\ntitle: x\n---\n", raw: true, line: 1, "no `id`"),
    FormatCase("missing title", "---\nid: x\n---\n", raw: true, line: 1, "no `title`"),
    FormatCase("unknown kind", "```tip id=a\nx\n```\n", line: 5, "unknown cell kind `tip`"),
    FormatCase("duplicate id", Fixtures.exercise("a") + "```exercise id=a\nx = 2\n```\n", line: 20, "duplicate exercise id 'a'"),
    FormatCase("hint for unknown exercise", Fixtures.exercise("a") + "```hint id=b\nx\n```\n", line: 20, "a hint for unknown exercise 'b'"),
    FormatCase("check for unknown exercise", "```check id=zz\nassert True\n```\n", line: 5, "a check for unknown exercise 'zz'"),
    FormatCase("solution for unknown exercise", "```solution id=zz\nx = 1\n```\n", line: 5, "a solution for unknown exercise 'zz'"),
    FormatCase("mistake for unknown exercise", "```mistake id=zz message=\"m\"\nx = 1\n```\n", line: 5, "a mistake for unknown exercise 'zz'"),
    FormatCase("alternative for unknown exercise", "```alternative id=zz\nx = 1\n```\n", line: 5, "an alternative for unknown exercise 'zz'"),
    FormatCase("exercise without check", "```exercise id=a\nx = 0\n```\n```hint id=a\nh\n```\n```solution id=a\nx = 1\n```\n", line: 5, "has no check"),
    FormatCase("exercise without hint", "```exercise id=a\nx = 0\n```\n```check id=a\nassert x\n```\n```solution id=a\nx = 1\n```\n", line: 5, "has no hint"),
    FormatCase("exercise without solution", "```exercise id=a\nx = 0\n```\n```check id=a\nassert x\n```\n```hint id=a\nh\n```\n", line: 5, "has no solution"),
    FormatCase("bad points", "```exercise id=a points=two\nx = 0\n```\n", line: 5, "`points=two` is not a whole number"),
    FormatCase("negative points", "```exercise id=a points=-1\nx = 0\n```\n", line: 5, "`points=-1` is not a whole number"),
    FormatCase("unclosed quote", "```mistake id=a message=\"oops\nx\n```\n", line: 5, "never closed"),
    FormatCase("mistake without message", Fixtures.exercise("a") + "```mistake id=a\nx = 2\n```\n", line: 20, "without `message=`"),
    FormatCase("cell without id", "```hint\nx\n```\n", line: 5, "without `id=`"),
    FormatCase("unknown attribute", "```exercise id=a pts=2\nx = 0\n```\n", line: 5, "take no `pts=`"),
    FormatCase("unknown flag on python", "```python fast\nx = 0\n```\n", line: 5, "unknown flag `fast`"),
    FormatCase("cell inside a list", "- item\n\n  ```python\n  x = 1\n  ```\n", line: 7, "inside a list or quote is not a cell"),
    FormatCase("second solution", Fixtures.exercise("a") + "```solution id=a\nx = 1\n```\n", line: 20, "a second solution"),
]

@Test(arguments: formatCases)
func formatErrorsNameFileLineProblemAndFix(_ testCase: FormatCase) {
    do {
        _ = try Fixtures.parse(testCase.text, raw: testCase.raw)
        Issue.record("\(testCase.name): parsed without error")
    } catch {
        let match = error.diagnostics.first { $0.problem.contains(testCase.problem) }
        #expect(match != nil, "\(testCase.name): \(error.description)")
        #expect(match?.line == testCase.line, "\(testCase.name): \(error.description)")
        #expect(match.map { $0.description.hasPrefix("inline.md:\(testCase.line): ") && $0.description.contains(" — ") && !$0.fix.isEmpty } == true)
    }
}

@Test func everyProblemOfAFileIsReported() throws {
    do {
        _ = try Lesson.load(path: Fixtures.path("badformat.md"))
        Issue.record("badformat.md parsed")
    } catch {
        let lines = error.diagnostics.map(\.line)
        #expect(lines == [7, 11, 15], "\(error.description)")
    }
}

@Test func missingLessonFileIsADiagnostic() {
    #expect(throws: LessonFormatError.self) { try Lesson.load(path: Fixtures.path("nope.md")) }
}

@Test func infoStringsUnquoteValuesAndKeepFlags() throws {
    let info = try InfoString(#"mistake id=a message="use \"relu\" here" points=2"#)
    #expect(info.kind == "mistake")
    #expect(info.attributes == ["id": "a", "message": #"use "relu" here"#, "points": "2"])
    let slow = try InfoString("python slow")
    #expect(slow.kind == "python" && slow.flags == ["slow"])
    #expect(throws: InfoString.Problem.unclosedQuote(key: "message")) { try InfoString(#"mistake id=a message="open"#) }
}

@Test func plainFencesAndIndentedCodeStayProse() throws {
    let lesson = try Fixtures.parse("Text\n\n```\nshown code\n```\n\n    indented\n\n```python slow\nx = 1\n```\n")
    #expect(lesson.cells.map(\.kind) == [.prose, .example(slow: true)])
    #expect(lesson.cells[0].source.contains("shown code"))
    #expect(lesson.cells[1].line == 13)
}
