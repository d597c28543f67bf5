import Testing
@testable import PythonModules

@Test func moduleIsLinked() {
    #expect(PythonModulesModule.name == "PythonModules")
}
