import Foundation
import Testing
@testable import Plotting
import PlottingTestSupport

/// Rasterised figures: sizes, where lines and images land, and a libpng round trip. The PNGs go
/// to a temporary folder (`PLOT_PNG_DIR` overrides it, to look at them).
struct RasterVisualTests {
    static let folder = ProcessInfo.processInfo.environment["PLOT_PNG_DIR"] ?? NSTemporaryDirectory()

    /// matplotlib's single-axes box for a figure of `width` × `height` pixels (left, top, right, bottom).
    static func axesBox(width: Double, height: Double) -> (Double, Double, Double, Double) {
        (0.125 * width, (1 - 0.88) * height, 0.9 * width, (1 - 0.11) * height)
    }

    @Test func oversizedImagesThrowMatplotlibsError() throws {
        let figure = try Figure(widthInches: 700, heightInches: 2)
        #expect(
            throws: PlotError.value(
                "Image size of 70000x200 pixels is too large. It must be less than 2^16 in each direction.")
        ) {
            try figure.rasterize()
        }
    }

    @Test func explicitTicksAndLegendLocation() throws {
        let figure = try Figure(widthInches: 4, heightInches: 3)
        let axes = figure.gca()
        try axes.plot(y: [1, 2, 3], label: "rising")
        axes.legend(location: try LegendLocation(name: "lower right"))
        let withTicks = Self.darkPixelCount(try figure.rasterize())
        axes.xTicks = []
        axes.yTicks = []
        let withoutTicks = Self.darkPixelCount(try figure.rasterize())
        #expect(withoutTicks < withTicks)
        #expect(throws: PlotError.value("loc must be string, coordinate tuple, or an integer 0-10, not 11")) {
            try LegendLocation(code: 11)
        }
        #expect(throws: PlotError.value("Axis limits cannot be NaN or Inf")) { try axes.setXLimits(0, .nan) }
    }

    @Test func sizeFollowsFigsizeAndDpi() throws {
        let standard = try Figure().rasterize()
        #expect(standard.width == 640 && standard.height == 480 && standard.rgba.count == 640 * 480 * 4)
        let small = try Figure(widthInches: 3, heightInches: 2).rasterize(dpi: 50)
        #expect(small.width == 150 && small.height == 100)
        #expect(small.pixel(x: 0, y: 0) == (255, 255, 255, 255))
    }

    @Test func horizontalLineCrossesTheExpectedPixels() throws {
        let figure = try Figure(widthInches: 4, heightInches: 4)
        let axes = figure.gca()
        try axes.plot(x: [0, 1], y: [0.5, 0.5], format: "r")
        try axes.setXLimits(0, 1)
        try axes.setYLimits(0, 1)
        let picture = try figure.rasterize()
        let (left, top, right, bottom) = Self.axesBox(width: 400, height: 400)
        let row = Int((top + bottom) / 2)
        for x in stride(from: Int(left) + 4, to: Int(right) - 4, by: 7) {
            let (r, g, b, _) = picture.pixel(x: x, y: row)
            #expect(r > 200 && g < 80 && b < 80, "pixel (\(x), \(row)) should be red, is \((r, g, b))")
            #expect(picture.pixel(x: x, y: row - 6) == (255, 255, 255, 255))
            #expect(picture.pixel(x: x, y: row + 6) == (255, 255, 255, 255))
        }
    }

    @Test func diagonalLinePassesThroughTheAxesCentre() throws {
        let figure = try Figure(widthInches: 4, heightInches: 4)
        let axes = figure.gca()
        try axes.plot(x: [0, 1], y: [0, 1], color: "blue")
        try axes.setXLimits(0, 1)
        try axes.setYLimits(0, 1)
        let picture = try figure.rasterize()
        let (left, top, right, bottom) = Self.axesBox(width: 400, height: 400)
        let (r, g, b, _) = picture.pixel(x: Int((left + right) / 2), y: Int((top + bottom) / 2))
        #expect(b > 200 && r < 80 && g < 80)
        #expect(picture.pixel(x: Int(left + (right - left) * 0.25), y: Int(top + (bottom - top) * 0.25)) == (255, 255, 255, 255))
    }

    @Test func imageQuadrantsLandInTheAxesQuadrants() throws {
        let figure = try Figure(widthInches: 4, heightInches: 4)
        try figure.gca().imshow(values: [255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0], shape: [2, 2, 3], isInteger: true, aspect: "auto")
        let picture = try figure.rasterize()
        let (left, top, right, bottom) = Self.axesBox(width: 400, height: 400)
        let quarterX = (right - left) / 4
        let quarterY = (bottom - top) / 4
        #expect(picture.pixel(x: Int(left + quarterX), y: Int(top + quarterY)) == (255, 0, 0, 255))
        #expect(picture.pixel(x: Int(right - quarterX), y: Int(top + quarterY)) == (0, 255, 0, 255))
        #expect(picture.pixel(x: Int(left + quarterX), y: Int(bottom - quarterY)) == (0, 0, 255, 255))
        #expect(picture.pixel(x: Int(right - quarterX), y: Int(bottom - quarterY)) == (0, 0, 0, 255))
    }

    @Test func axisOffLeavesOnlyTheLine() throws {
        let figure = try Figure(widthInches: 3, heightInches: 3)
        try figure.gca().plot(y: [1, 3, 2], format: "g")
        try figure.gca().axis("off")
        let dark = Self.darkPixelCount(try figure.rasterize())
        let framed = try Figure(widthInches: 3, heightInches: 3)
        try framed.gca().plot(y: [1, 3, 2], format: "g")
        let framedDark = Self.darkPixelCount(try framed.rasterize())
        #expect(dark == 0 && framedDark > 500)
    }

    @Test func titleAndLabelsDrawTextOutsideTheAxes() throws {
        let figure = try Figure()
        let axes = figure.gca()
        try axes.plot(y: [1, 2])
        axes.title = "Training and validation loss"
        let picture = try figure.rasterize()
        let (_, top, _, _) = Self.axesBox(width: 640, height: 480)
        var darkAbove = 0
        for y in 0..<Int(top) - 2 {
            for x in 0..<640 where picture.pixel(x: x, y: y).0 < 100 { darkAbove += 1 }
        }
        #expect(darkAbove > 100)
    }

    @Test func courseFiguresSurviveALibpngRoundTrip() throws {
        let plt = Pyplot()
        let epochs = (1...15).map(Double.init)
        try plt.plot([.values(epochs), .values(epochs.map { 1 - 0.5 / $0 }), .format("bo")], label: "Training accuracy")
        try plt.plot([.values(epochs), .values(epochs.map { 0.9 - 0.4 / $0 }), .format("b")], label: "Validation accuracy")
        plt.title("Training and validation accuracy")
        plt.xlabel("epoch")
        plt.ylabel("accuracy")
        plt.legend()
        let lines = try plt.savefig()
        let (_, grid) = try plt.subplots(nrows: 3, ncols: 4)
        for (index, axes) in grid.all.enumerated() {
            let values = (0..<(28 * 28)).map { Float(($0 % 28) * (index + 1) + $0 / 28) }
            try axes.imshow(values: values, shape: [28, 28], colormap: index % 2 == 0 ? "inferno" : "viridis")
            axes.grid(false)
        }
        let images = try plt.savefig()
        for (name, picture) in [("plot-lines.png", lines), ("plot-grid.png", images)] {
            let path = Self.folder + "/" + name
            try PNGTestSupport.write(picture, to: path)
            #expect(try PNGTestSupport.read(path) == picture)
        }
    }

    static func darkPixelCount(_ picture: RasterImage) -> Int {
        stride(from: 0, to: picture.rgba.count, by: 4).filter {
            picture.rgba[$0] < 60 && picture.rgba[$0 + 1] < 60 && picture.rgba[$0 + 2] < 60
        }.count
    }
}

struct RasterStressTests {
    @Test func tinyCrowdedFiguresRasteriseWithoutTrapping() throws {
        let plt = Pyplot()
        let (figure, axes) = try plt.subplots(nrows: 6, ncols: 6, figsize: (1, 0.5))
        for (index, panel) in axes.all.enumerated() {
            if index % 2 == 0 {
                try panel.imshow(values: [0, 1, 2, 3, 4, 5], shape: [3, 2])
            } else {
                try panel.plot(x: [0, 1e9], y: [-1e-9, 1e-9], format: "k^:", label: "label")
                panel.legend(location: .center)
            }
            panel.title = "title"
            panel.ylabel = "y"
        }
        for dpi in [1.0, 10, 37] {
            let picture = try figure.rasterize(dpi: dpi)
            #expect(picture.rgba.count == picture.width * picture.height * 4)
        }
        let wide = try Figure(widthInches: 1, heightInches: 1)
        try wide.gca().plot(y: [0, 1], format: "o-", lineWidth: 1e300)
        #expect(try wide.rasterize(dpi: 20).width == 20)
        #expect(clampedRange(5, 3, limit: 4).isEmpty && clampedRange(-2, 9, limit: 4) == 0..<4)
    }
}
