import Testing
@testable import ImageData

@Test func moduleIsLinked() {
    #expect(ImageDataModule.name == "ImageData")
}
