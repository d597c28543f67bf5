import Foundation
import Testing
@testable import Plotting
@testable import PythonModules
import PlottingTestSupport

@Suite("savefig and matplotlib.image")
struct SavefigTests {
    @Test func savefigWritesADecodablePNGOfTheFigureSize() throws {
        let py = PlotSession()
        try py.run("plt.plot([1, 3, 2], 'g--')\nplt.savefig('plot.png')")
        let picture = try PNGTestSupport.read(py.workspace + "/plot.png")
        #expect(picture.width == 640 && picture.height == 480)
        let green = stride(from: 0, to: picture.rgba.count, by: 4).contains {
            picture.rgba[$0 + 1] > 100 && picture.rgba[$0] < 80 && picture.rgba[$0 + 2] < 80
        }
        #expect(green)
        #expect(try py.repr("plt.get_fignums()") == "[1]")
    }

    @Test func sizeAndDPIChangeThePixels() throws {
        let py = PlotSession()
        try py.run(
            """
            fig = plt.figure(figsize=(4, 3))
            plt.imshow(np.eye(4), cmap='gray')
            fig.savefig('small.png', dpi=50)
            plt.savefig('figs')
            """)
        let small = try PNGTestSupport.read(py.workspace + "/small.png")
        #expect(small.width == 200 && small.height == 150)
        let defaulted = try PNGTestSupport.read(py.workspace + "/figs.png")
        #expect(defaulted.width == 400 && defaulted.height == 300)
    }

    @Test func savingOutsideTheWorkspaceIsPermissionError() throws {
        let py = PlotSession()
        let failure = try #require(py.failure("plt.plot([1, 2])\nplt.savefig('/etc/plot.png')"))
        #expect(failure.typeName == "PermissionError")
        #expect(failure.message.hasPrefix("[Errno 13] Permission denied: '/etc/plot.png'"))
        #expect(failure.message.contains("workspace"))
        let escape = try #require(py.failure("plt.savefig('../outside.png')"))
        #expect(escape.typeName == "PermissionError")
        #expect(!FileManager.default.fileExists(atPath: py.workspace + "/../outside.png"))
    }

    @Test func unsupportedFormatAndMissingFolder() throws {
        let py = PlotSession()
        let format = try #require(py.failure("plt.savefig('plot.pdf')"))
        #expect(format.typeName == "ValueError")
        #expect(format.message.hasPrefix("Format 'pdf' is not supported"))
        let folder = try #require(py.failure("plt.savefig('missing/plot.png')"))
        #expect(folder.typeName == "FileNotFoundError")
    }

    @Test func imreadReturnsFloatsForPNG() throws {
        let py = PlotSession()
        try py.run(
            """
            plt.figure(figsize=(2, 1))
            plt.plot([0, 1])
            plt.savefig('tiny.png')
            img = mpimg.imread('tiny.png')
            """)
        #expect(try py.repr("img.shape") == "(100, 200, 4)")
        #expect(try py.repr("img.dtype") == "dtype('float32')")
        #expect(try py.repr("float(img.max()) <= 1.0 and float(img.min()) >= 0.0") == "True")
        let missing = try #require(py.failure("mpimg.imread('nope.png')"))
        #expect(missing.typeName == "FileNotFoundError")
    }

    @Test func jpegRoundTripGivesUInt8() throws {
        let py = PlotSession()
        try py.run(
            """
            plt.figure(figsize=(2, 1))
            plt.plot([0, 1])
            plt.savefig('tiny.jpg')
            img = mpimg.imread('tiny.jpg')
            """)
        #expect(try py.repr("img.shape") == "(100, 200, 3)")
        #expect(try py.repr("img.dtype") == "dtype('uint8')")
    }

    @Test func imsaveWritesColouredPixels() throws {
        let py = PlotSession()
        try py.run("mpimg.imsave('gray.png', np.array([[0.0, 1.0]]), cmap='gray')")
        let picture = try PNGTestSupport.read(py.workspace + "/gray.png")
        #expect(picture.width == 2 && picture.height == 1)
        #expect(Array(picture.rgba[0..<3]) == [0, 0, 0])
        #expect(Array(picture.rgba[4..<7]) == [255, 255, 255])
    }
}
