import Testing
@testable import Interpreter

@Test func moduleIsLinked() {
    #expect(InterpreterModule.name == "Interpreter")
}
