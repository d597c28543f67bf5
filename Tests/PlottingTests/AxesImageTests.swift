import Testing
@testable import Plotting

struct AxesImageTests {
    private let gray = (try? Colormap(named: "gray"))!

    @Test(arguments: [[3], [3, 3, 2], [2, 2, 2, 2], [0, 3]])
    func rejectsShapesMatplotlibRejects(_ shape: [Int]) {
        let count = max(1, shape.reduce(1, *))
        #expect(throws: PlotError.self) {
            try AxesImage(values: Array(repeating: 0, count: count), shape: shape, isInteger: false, colormap: gray)
        }
    }

    @Test func invalidShapeMessage() {
        #expect(throws: PlotError.type("Invalid shape (3, 3, 2) for image data")) {
            try AxesImage(values: Array(repeating: 0, count: 18), shape: [3, 3, 2], isInteger: false, colormap: gray)
        }
    }

    @Test func scalarImageAutoscalesBetweenItsMinAndMax() throws {
        let image = try AxesImage(values: [10, 20, 30, 40], shape: [2, 2], isInteger: false, colormap: gray)
        #expect(image.vmin == 10 && image.vmax == 40)
        let pixels = image.rgbaPixels()
        #expect(Array(pixels[0..<4]) == [0, 0, 0, 255])
        #expect(Array(pixels[12..<16]) == [255, 255, 255, 255])
        #expect(pixels[4] == 85)
    }

    @Test func explicitVminVmaxClip() throws {
        let image = try AxesImage(values: [0, 5, 10], shape: [1, 3], isInteger: false, colormap: gray, vmin: 5, vmax: 6)
        #expect(image.rgbaPixels().enumerated().filter { $0.offset % 4 == 0 }.map(\.element) == [0, 0, 255])
    }

    @Test func rgbFloatsAndUint8AgreeAndTrailingOneSqueezes() throws {
        let floats = try AxesImage(values: [1, 0, 0, 0, 0.5, 1], shape: [1, 2, 3], isInteger: false, colormap: gray)
        let bytes = try AxesImage(values: [255, 0, 0, 0, 128, 255], shape: [1, 2, 3], isInteger: true, colormap: gray)
        #expect(floats.rgbaPixels() == [255, 0, 0, 255, 0, 128, 255, 255])
        #expect(bytes.rgbaPixels() == floats.rgbaPixels())
        let squeezed = try AxesImage(values: [0, 1], shape: [1, 2, 1], isInteger: false, colormap: gray)
        #expect(squeezed.width == 2 && squeezed.rgbaPixels()[4] == 255)
    }

    @Test func outOfRangeRGBIsClippedWithMatplotlibsWarning() throws {
        let image = try AxesImage(values: [2, 0, 0], shape: [1, 1, 3], isInteger: false, colormap: gray)
        #expect(image.rgbaPixels()[0] == 255)
        #expect(image.warning?.hasPrefix("Clipping input data to the valid range for imshow with RGB data") == true)
        let bytes = try AxesImage(values: [300, 0, 0], shape: [1, 1, 3], isInteger: true, colormap: gray)
        #expect(bytes.warning?.hasSuffix("Got range [0..300].") == true)
    }
}
