import Testing
@testable import Interpreter

@Test func keywordNamesOfFunctionsMethodsAndClasses() throws {
    let py = PythonInterpreter(output: { _ in })
    #expect(
        py.run("def f(a, b=1, *rest, c=2, **more): pass\nclass K:\n    def __init__(self, units, activation=None): pass\n    def fit(self, x, epochs=1): pass\nk = K(1)") == nil)
    #expect(py.keywordNames(of: try #require(py.global("f"))) == ["a", "b", "c"])
    #expect(py.keywordNames(of: try #require(py.global("K"))) == ["units", "activation"])
    #expect(py.keywordNames(of: try py.evaluate("k.fit")) == ["x", "epochs"])
    #expect(py.keywordNames(of: .int(3)) == [])
}
