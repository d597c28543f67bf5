import Testing
@testable import Plotting
@testable import PythonModules

@Suite("plt.show() prints the terminal rendering")
struct ShowTests {
    @Test func linePlotPrintsBrailleWithColour() throws {
        let py = PlotSession(colorMode: .palette256)
        let printed = try py.run(
            """
            acc = [0.5, 0.7, 0.8, 0.85, 0.9]
            plt.plot(range(len(acc)), acc, 'r', label='Training accuracy')
            plt.title('Training accuracy')
            plt.legend(loc=0)
            plt.show()
            """)
        #expect(printed.containsBraille)
        #expect(printed.containsEscape)
        #expect(printed.contains("Training accuracy"))
        #expect(printed.hasSuffix("\n"))
    }

    @Test func noColorPrintsPlainASCII() throws {
        let py = PlotSession(colorMode: .plainASCII)
        let printed = try py.run("plt.plot([1, 4, 9, 16])\nplt.title('squares')\nplt.show()")
        #expect(!printed.containsEscape)
        #expect(!printed.containsBraille)
        let allASCII = printed.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        #expect(printed.contains("squares"))
    }

    @Test func imagesUseHalfBlocksInColour() throws {
        let py = PlotSession(colorMode: .trueColor)
        let printed = try py.run("plt.imshow(np.arange(64).reshape(8, 8), cmap='inferno')\nplt.show()")
        #expect(printed.contains("▀") || printed.contains("▄"))
        #expect(printed.contains("38;2;"))
    }

    @Test func showClosesFiguresAndPrintsNothingWhenEmpty() throws {
        let py = PlotSession()
        try py.run("plt.plot([1, 2])\nplt.show()")
        #expect(try py.repr("plt.get_fignums()") == "[]")
        #expect(try py.run("plt.show()") == "")
        #expect(try py.run("plt.figure()\nplt.show()") == "")
    }

    @Test func widthFollowsTheInjectedOptions() throws {
        let narrow = try PlotSession(colorMode: .plainASCII, width: 40).run("plt.plot([1, 2, 3])\nplt.show()")
        let wide = try PlotSession(colorMode: .plainASCII, width: 120).run("plt.plot([1, 2, 3])\nplt.show()")
        let widest = { (text: String) in text.split(separator: "\n").map(\.count).max() ?? 0 }
        #expect(widest(narrow) <= 40)
        #expect(widest(wide) > 40)
    }

    @Test func subplotsGridRendersEveryPanel() throws {
        let py = PlotSession(colorMode: .plainASCII, width: 100)
        let printed = try py.run(
            """
            f, axarr = plt.subplots(2, 2)
            for i in range(2):
                for j in range(2):
                    axarr[i, j].plot([0, i + j + 1])
                    axarr[i, j].set_title(f'panel {i}{j}')
            plt.show()
            """)
        for name in ["panel 00", "panel 01", "panel 10", "panel 11"] { #expect(printed.contains(name)) }
    }

    @Test func sessionRendersFiguresLeftOpen() throws {
        let py = PlotSession(colorMode: .palette256)
        try py.run("plt.plot([3, 1, 2])")
        #expect(py.session.renderOpenFigures().containsBraille)
        #expect(py.session.pyplot.figures.isEmpty)
    }
}
