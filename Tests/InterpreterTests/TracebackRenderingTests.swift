import Testing
@testable import Interpreter

@Test func deepRecursionPrintsThreeFramesThenCountsTheRest() throws {
    let py = PythonInterpreter(output: { _ in })
    #expect(py.run("def f(n): return f(n+1)", file: "<python-input-0>", echo: .everyExpression) == nil)
    let failure = try #require(py.run("f(0)", file: "<python-input-1>", echo: .everyExpression))
    let lines = failure.traceback.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("  File \"<python-input-0>\", line 1, in f") }.count == 3)
    let note = try #require(lines.first { $0.hasPrefix("  [Previous line repeated ") })
    #expect(note.hasSuffix(" more times]"))
    #expect(lines.count < 20, "the traceback is short: \(lines.count) lines")
    #expect(lines.last?.hasPrefix("RecursionError") == true)
}

@Test func aFrameInAFunctionTypedEarlierQuotesThatInput() throws {
    let py = PythonInterpreter(output: { _ in })
    #expect(py.run("def g():\n    return 1 / 0\n", file: "<python-input-0>", echo: .everyExpression) == nil)
    let failure = try #require(py.run("g()", file: "<python-input-1>", echo: .everyExpression))
    #expect(failure.traceback.contains("  File \"<python-input-0>\", line 2, in g\n    return 1 / 0\n"))
    #expect(failure.traceback.contains("  File \"<python-input-1>\", line 1, in <module>\n    g()\n"))
}

@Test(arguments: [(0, ""), (2, ""), (3, "  [Previous line repeated 1 more time]\n"), (5, "  [Previous line repeated 3 more times]\n")])
func repeatedFrameNote(repeats: Int, expected: String) {
    #expect(TracebackRenderer.repeatedNote(repeats) == expected)
}
