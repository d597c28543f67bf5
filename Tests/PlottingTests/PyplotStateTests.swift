import Foundation
import Testing
@testable import Plotting

struct PyplotStateTests {
    @Test(arguments: [
        (2, 2, 5, "num must be an integer with 1 <= num <= 4, not 5"),
        (3, 4, 0, "num must be an integer with 1 <= num <= 12, not 0"),
        (0, 2, 1, "Number of rows must be a positive integer, not 0"),
        (2, -1, 1, "Number of columns must be a positive integer, not -1"),
    ])
    func subplotIndexErrors(_ rows: Int, _ columns: Int, _ index: Int, _ message: String) {
        #expect(throws: PlotError.value(message)) { try Pyplot().subplot(rows, columns, index) }
    }

    @Test func threeDigitSubplotCode() throws {
        let plt = Pyplot()
        let axes = try plt.subplot(234)
        #expect(axes.spec == (try SubplotSpec(nrows: 2, ncols: 3, index: 4)))
        #expect(axes.spec.rows == 1...1 && axes.spec.columns == 0...0)
        #expect(throws: PlotError.value("Single argument to subplot must be a three-digit integer, not 1000")) {
            try plt.subplot(1000)
        }
    }

    @Test func subplotSwitchesAndReusesCurrentAxes() throws {
        let plt = Pyplot()
        let first = try plt.subplot(1, 2, 1)
        let second = try plt.subplot(1, 2, 2)
        #expect(plt.gca() === second)
        #expect(try plt.subplot(1, 2, 1) === first)
        #expect(plt.gca() === first)
        try plt.plot([.values([1, 2, 3])])
        #expect(first.lines.count == 1 && second.lines.isEmpty)
        #expect(plt.gcf().axes.count == 2)
    }

    @Test func subplotsSqueezeLikeMatplotlib() throws {
        let plt = Pyplot()
        guard case .grid(let rows) = try plt.subplots(nrows: 3, ncols: 4).1 else {
            Issue.record("3×4 should be a 2-D grid")
            return
        }
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 4 })
        #expect(rows[1][2].spec.firstIndex == 7)
        guard case .vector(let row) = try plt.subplots(nrows: 1, ncols: 3).1, row.count == 3 else {
            Issue.record("1×3 should squeeze to a vector of 3")
            return
        }
        guard case .vector(let column) = try plt.subplots(nrows: 3, ncols: 1).1, column.count == 3 else {
            Issue.record("3×1 should squeeze to a vector of 3")
            return
        }
        guard case .single = try plt.subplots().1 else {
            Issue.record("1×1 should squeeze to one axes")
            return
        }
        #expect(plt.figures.count == 4)
    }

    @Test func figureNumbersAndCurrentFigure() throws {
        let plt = Pyplot()
        let one = try plt.figure()
        let two = try plt.figure(figsize: (10, 4))
        #expect(one.number == 1 && two.number == 2)
        #expect(plt.gcf() === two && two.widthInches == 10)
        #expect(try plt.figure(number: 1) === one)
        #expect(plt.gcf() === one)
        #expect(throws: PlotError.self) { try plt.figure(figsize: (-1, 2)) }
        try two.setSizeInches(4, 4)
        #expect(two.pixelSize == (400, 400))
        #expect(throws: PlotError.self) { try two.setSizeInches(0, 4) }
        try two.setSizeInches(1e-300, 1e300)
        _ = two.gca()
        let tall = two.renderForTerminal(options: TerminalOptions(width: 40, colorMode: .plainASCII))
        #expect(!tall.isEmpty && tall.split(separator: "\n", omittingEmptySubsequences: false).count <= 60)
        #expect(two.pixelSize.height == 1_000_000_000)
    }

    @Test func showRendersThenClosesEveryFigure() throws {
        let plt = Pyplot()
        try plt.plot([.values([1, 3, 2])])
        plt.title("first")
        try plt.figure()
        try plt.plot([.values([2, 2, 5])])
        plt.title("second")
        let text = plt.show(options: TerminalOptions(width: 60, colorMode: .plainASCII))
        let first = text.range(of: "first")
        let second = text.range(of: "second")
        #expect(first != nil && second != nil)
        if let first, let second { #expect(first.lowerBound < second.lowerBound) }
        #expect(plt.figures.isEmpty)
        #expect(plt.gca().lines.isEmpty)
    }

    @Test func grayBecomesDefaultAndRecoloursCurrentImage() throws {
        let plt = Pyplot()
        let image = try plt.imshow(values: [0, 1, 2, 3], shape: [2, 2])
        #expect(image.colormap.name == "viridis")
        try plt.gray()
        #expect(image.colormap.name == "gray")
        #expect(try plt.imshow(values: [0, 1], shape: [1, 2]).colormap.name == "gray")
        #expect(try plt.imshow(values: [0, 1], shape: [1, 2], colormap: "inferno").colormap.name == "inferno")
        #expect(throws: PlotError.self) { try plt.imshow(values: [0, 1], shape: [1, 2], colormap: "nope") }
    }

    @Test func axesImshowUsesPyplotsDefaultColormap() throws {
        let plt = Pyplot()
        let (_, axes) = try plt.subplots(nrows: 1, ncols: 2)
        try plt.gray()
        let image = try plt.imshow(values: [0, 1], shape: [1, 2], on: axes.all[1])
        #expect(image.colormap.name == "gray")
        #expect(axes.all[1].images.count == 1 && axes.all[0].images.isEmpty)
    }

    @Test func emptyFiguresShowNothingAndEmptyAxesShowUnitLimits() {
        let plt = Pyplot()
        _ = plt.gcf()
        #expect(plt.show(options: TerminalOptions(colorMode: .plainASCII)).isEmpty)
        #expect(plt.gca().viewLimits == ViewLimits(left: 0, right: 1, bottom: 0, top: 1))
        let text = plt.show(options: TerminalOptions(width: 40, colorMode: .plainASCII))
        #expect(text.contains("0.00+") && text.contains("1.00+"))
    }

    @Test func axisOffAndGridAndLegend() throws {
        let plt = Pyplot()
        try plt.axis("Off")
        #expect(!plt.gca().axisVisible)
        #expect(throws: PlotError.value("Unrecognized string 'foo' to axis; try 'on' or 'off'")) { try plt.axis("foo") }
        plt.grid()
        #expect(plt.gca().gridVisible)
        plt.grid(false)
        #expect(!plt.gca().gridVisible)
        try plt.plot([.values([1, 2])])
        #expect(plt.legend()?.hasPrefix("No artists with labels found") == true)
        #expect(plt.legend(labels: ["loss"]) == nil)
        #expect(plt.gca().legendEntries.map(\.label) == ["loss"])
    }
}
