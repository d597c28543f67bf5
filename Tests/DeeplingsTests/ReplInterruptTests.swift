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

@Test func ctrlCStopsRenderingALessonsDataSetAndKeepsNothingHalfBuilt() throws {
    let course = try CourseFolder()
    let lessons = course.root.appendingPathComponent("Hands")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    try "---\nid: hands\ntitle: Hands\n---\nHands.\n\n```python\ntrain_dir = 'datasets/rps/train'\n```\n"
        .write(to: lessons.appendingPathComponent("01-hands.md"), atomically: true, encoding: .utf8)
    let terminal = try TerminalSession(arguments: ["--lessons", lessons.path], environment: course.environment, folder: course.root)
    try terminal.waitFor("the build to start") { $0.contains("Building the 'rps' data set") }
    try terminal.send("C-c")
    try terminal.waitFor("the stopped build and the lesson") { $0.contains("Stopped building the 'rps' data set") && $0.contains(">>>") }
    try terminal.type("1 + 1")
    try terminal.waitFor("the prompt to work") { $0.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "2" } }
    let left = (try? FileManager.default.contentsOfDirectory(atPath: course.root.appendingPathComponent("datasets").path)) ?? []
    #expect(left.isEmpty, "no rps folder and no partial folder: \(left)")
}
