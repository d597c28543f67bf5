import Foundation
import Testing

@Test func ctrlCStopsALoopThatCallsAFunctionAndThePromptGoesOn() throws {
    let terminal = try TerminalSession()
    try terminal.waitFor("the prompt") { $0.contains(">>>") }
    try terminal.type("def f(v=1):")
    try terminal.type("    return v")
    try terminal.type("")
    try terminal.type("while True: f(0)")
    try terminal.type("")
    try terminal.waitFor("the loop to start") { $0.hasSuffix("while True: f(0)\n\n") || $0.contains("while True: f(0)\n\n") }
    Thread.sleep(forTimeInterval: 0.5)
    try terminal.send("C-c")
    try terminal.waitFor("KeyboardInterrupt") { $0.contains("KeyboardInterrupt") }
    try terminal.type("f(41) + 1")
    let screen = try terminal.waitFor("f's result after the interrupt") { screen in
        screen.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "42" }
    }
    #expect(screen.contains("KeyboardInterrupt"))
}

@Test func ctrlCStopsALongCheckAndRecordsNothing() throws {
    let course = try CourseFolder()
    let terminal = try TerminalSession(arguments: ["--lessons", course.lessons.path], environment: course.environment, folder: course.root)
    try terminal.waitFor("the prompt") { $0.contains(">>>") }
    try terminal.type(":open 2")
    for _ in 0..<6 { try terminal.type(":next") }
    try terminal.waitFor("the slow exercise") { $0.contains("exercise patience") }
    try terminal.type("answer = 1")
    try terminal.type(":check")
    Thread.sleep(forTimeInterval: 1.0)
    try terminal.send("C-c")
    try terminal.waitFor("the stopped checks") { $0.contains("KeyboardInterrupt: the checks were stopped; nothing was recorded.") }
    try terminal.type(":progress")
    let screen = try terminal.waitFor("the progress") { $0.contains("patience (cell") }
    #expect(screen.contains("patience (cell 7, 1 pt): not attempted, 0 attempts"))
}
