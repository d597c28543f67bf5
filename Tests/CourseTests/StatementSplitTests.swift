import Interpreter
import Testing

struct SplitCase: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    let lines: [ClosedRange<Int>]
    var testDescription: String { name }
}

@Test(arguments: [
    SplitCase(name: "simple statements", source: "a = 1\nb = 2\n", lines: [1...1, 2...2]),
    SplitCase(name: "compound statement with its body", source: "a = 1\nif a:\n    b = 2\n\n    c = 3\nd = 4", lines: [1...1, 2...5, 6...6]),
    SplitCase(name: "one line, two statements", source: "a = 1; b = 2\nc = 3", lines: [1...1, 2...2]),
    SplitCase(name: "brackets over lines", source: "x = [\n    1,\n    2,\n]\ny = 1", lines: [1...4, 5...5]),
    SplitCase(name: "decorated function", source: "a = 1\n@staticmethod\ndef f():\n    return 1\nb = 2", lines: [1...1, 2...4, 5...5]),
    SplitCase(name: "two decorators first", source: "@staticmethod\n@staticmethod\ndef f():\n    return 1", lines: [1...4]),
    SplitCase(name: "comments between statements", source: "# set up\na = 1\n# judge\nassert a", lines: [2...3, 4...4]),
])
func checkCellsSplitIntoTopLevelStatements(_ testCase: SplitCase) throws {
    let statements = try PythonInterpreter.topLevelStatements(of: testCase.source)
    #expect(statements.map { $0.line...$0.endLine } == testCase.lines, "\(testCase.name): \(statements)")
    for statement in statements {
        #expect(throws: Never.self, "\(testCase.name): \(statement.source)") { _ = try PythonInterpreter.topLevelStatements(of: statement.source) }
    }
}
