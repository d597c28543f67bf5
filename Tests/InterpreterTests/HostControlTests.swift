import Foundation
import Testing
@testable import Interpreter

@Test func interactiveModeEchoesReprAndSetsUnderscore() {
    var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    #expect(py.run("x = 'hi'\nx\nNone\nlen(x) * 2", file: "<stdin>", echo: .everyExpression) == nil)
    #expect(py.run("_ + 1", file: "<stdin>", echo: .everyExpression) == nil)
    #expect(printed == "'hi'\n4\n5\n")
}

@Test func cellModeEchoesOnlyTheLastExpression() {
    var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    #expect(py.run("1\n2\n[3]", file: "<cell>", echo: .lastExpression) == nil)
    #expect(printed == "[3]\n")
}

@Test func stepBudgetStopsInfiniteLoopsAndCannotBeCaught() {
    let py = PythonInterpreter(output: { _ in })
    py.limits = RunLimits(stepBudget: 100_000)
    let failure = py.run("while True:\n    try:\n        pass\n    except:\n        pass", file: "<loop>")
    #expect(failure?.isTimeout == true)
    #expect(failure?.traceback.hasSuffix("TimeoutError: step budget of 100000 steps exceeded\n") == true)
    #expect(py.run("x = 1") == nil, "the interpreter stays usable")
}

@Test func deadlineStopsLongRuns() {
    let py = PythonInterpreter(output: { _ in })
    py.limits = RunLimits(timeLimit: .milliseconds(200))
    let start = ContinuousClock.now
    let failure = py.run("n = 0\nwhile True:\n    n += 1", file: "<loop>")
    #expect(failure?.message == "time limit of 0.2 seconds exceeded")
    #expect(ContinuousClock.now - start < .seconds(5))
}

@Test func interruptFlagRaisesKeyboardInterruptAndKeepsState() throws {
    let flag = InterruptFlag()
    let py = PythonInterpreter(output: { _ in }, interrupt: flag)
    #expect(py.run("count = 0") == nil)
    let trigger = Thread {
        Thread.sleep(forTimeInterval: 0.2); flag.set()
    }
    trigger.start()
    let failure = py.run("while True:\n    count += 1", file: "<loop>")
    #expect(failure?.isInterrupt == true)
    #expect(failure?.traceback.hasSuffix("KeyboardInterrupt\n") == true)
    let count = try Int(python: #require(py.global("count")))
    #expect(count > 0)
    #expect(py.run("count += 1") == nil)
    #expect(try Int(python: #require(py.global("count"))) == count + 1)
}

@Test func deepRecursionIsARecursionErrorNotACrash() {
    let py = PythonInterpreter(output: { _ in })
    let failure = py.run("def f(n):\n    return [f(n + 1)]\nf(0)", file: "<rec>")
    #expect(failure?.typeName == "RecursionError")
    let nested = py.run("x = " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\nprint(x)")
    #expect(nested == nil)
    let tooDeep = py.run("x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300))
    #expect(tooDeep?.message == "too many nested parentheses")
}

@Test func outputCapStopsFloods() {
    var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    py.limits = RunLimits(outputLimit: 1000)
    let failure = py.run("while True:\n    print('spam')", file: "<flood>")
    #expect(failure?.message == "output limit of 1000 characters exceeded")
    #expect(printed.utf8.count == 1000)
}

@Test func sandboxAllowsOnlyPolicyFolders() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("interp-sandbox-\(UUID().uuidString)")
    let data = root.appendingPathComponent("data"), work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "a,b\n1,2\n".write(to: data.appendingPathComponent("table.csv"), atomically: true, encoding: .utf8)
    var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    py.policy = SandboxPolicy(readableFolders: [data.path], workspaceFolder: work.path)
    let ok = py.run(
        """
        with open('\(data.path)/table.csv') as f:
            rows = [line.strip().split(',') for line in f]
        print(rows)
        with open('notes.txt', 'w') as out:
            out.write('saved')
        print(open('notes.txt').read())
        """, file: "<files>")
    #expect(ok == nil, "\(ok?.traceback ?? "")")
    #expect(printed == "[['a', 'b'], ['1', '2']]\nsaved\n")
    #expect(py.run("open('/etc/passwd')")?.typeName == "PermissionError")
    #expect(py.run("open('\(data.path)/../../escape.txt', 'w')")?.typeName == "PermissionError")
    #expect(py.run("open('\(data.path)/new.txt', 'w')")?.typeName == "PermissionError")
    #expect(py.run("open('\(data.path)/missing.txt')")?.typeName == "FileNotFoundError")
    #expect(py.run("import os")?.typeName == "ModuleNotFoundError")
}

@Test func builtinsAreFreshPerInterpreter() {
    let a = PythonInterpreter(output: { _ in }), b = PythonInterpreter(output: { _ in })
    #expect(a.run("len = None\nint.foo = 1")?.message == "cannot set 'foo' attribute of immutable type 'int'")
    #expect(b.run("assert len([1]) == 1\nassert not hasattr(int, 'foo')") == nil)
}

@Test func magicLinesGoToTheHost() {
    var magics: [String] = []
    let py = PythonInterpreter(output: { _ in })
    py.magicHandler = { magics.append($0) }
    #expect(py.run("%matplotlib inline\n!wget --no-check-certificate \\\n    https://x/y.zip -O /tmp/y.zip\nx = 1") == nil)
    #expect(magics == ["%matplotlib inline", "!wget --no-check-certificate      https://x/y.zip -O /tmp/y.zip"])
}

@Test(arguments: [
    ("print(1)", false), ("for i in range(3):", true), ("for i in range(3):\n    print(i)", true),
    ("for i in range(3):\n    print(i)\n", false), ("for i in range(3):\n    print(i)\n    ", false),
    ("x = [1,\n2", true), ("s = '''abc", true), ("x = 1 + \\", true), ("x = )", false), ("def f():", true),
    ("if x:  # comment", true), ("", false),
    // Brackets, colons and `#` inside strings or comments open nothing.
    ("s = '#('", false), ("print('a:')", false), ("x = 1  # (", false), ("d = {'a': 1,", true),
    ("t = (1,\n     2)", false), ("t = (1,\n     2,\n     3)", false), ("def f():\n    return (1,\n            2)", true), ("s = \"\"\"doc\n\"\"\"", false),
    ("f(x,  # why\n", true),
])
func replKnowsWhenInputIsIncomplete(source: String, incomplete: Bool) {
    #expect(PythonInterpreter.needsMoreInput(source) == incomplete)
}
