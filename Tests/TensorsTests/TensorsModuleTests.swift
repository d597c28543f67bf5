import Testing
@testable import Tensors

@Test func moduleIsLinked() {
    #expect(TensorsModule.name == "Tensors")
}
