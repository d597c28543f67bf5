import Foundation
import Testing

@Test func aPastedCellWithBlankLinesRunsAsOneCell() throws {
    let course = try CourseFolder()
    let terminal = try TerminalSession(arguments: ["--lessons", course.lessons.path], environment: course.environment, folder: course.root)
    try terminal.waitFor("the prompt") { $0.contains(">>>") }
    try terminal.paste("def f():\n    a = 1\n\n    return a + 41\nprint(f())")
    try terminal.send("Enter")
    let screen = try terminal.waitFor("the pasted cell's output") { screen in
        screen.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "42" }
    }
    #expect(!screen.contains("IndentationError"))
}

@Test func tabCompletesAttributesAndKeywordArguments() throws {
    let course = try CourseFolder()
    let terminal = try TerminalSession(arguments: ["--lessons", course.lessons.path], environment: course.environment, folder: course.root)
    try terminal.waitFor("the prompt") { $0.contains(">>>") }
    try terminal.type("class M:\n    def fit(self, x, epochs=1): return epochs\n")
    try terminal.type("")
    try terminal.type("m = M()")
    try terminal.send("m.fi", "Tab")
    try terminal.waitFor("the attribute") { $0.contains("m.fit") }
    try terminal.send("(0, ep", "Tab")
    try terminal.waitFor("the keyword") { $0.contains("m.fit(0, epochs=") }
    try terminal.send("7)", "Enter")
    try terminal.waitFor("the call's value") { screen in
        screen.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "7" }
    }
}

@Test func historyPersistsAcrossRuns() throws {
    let course = try CourseFolder()
    _ = try runPiped(["--lessons", course.lessons.path], input: "print('remember me')\n:quit\n", in: course)
    let history = try String(contentsOf: course.state.appendingPathComponent("deeplings/history"), encoding: .utf8)
    #expect(history.contains("print('remember me')"))
}
