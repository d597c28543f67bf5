import Foundation
import Testing
@testable import Plotting

struct TerminalRenderTests {
    @Test(arguments: [
        (0, 0, 0x2801 as UInt32), (0, 1, 0x2802), (0, 2, 0x2804), (1, 0, 0x2808),
        (1, 1, 0x2810), (1, 2, 0x2820), (0, 3, 0x2840), (1, 3, 0x2880),
    ])
    func brailleDotPlacement(_ x: Int, _ y: Int, _ scalar: UInt32) {
        var canvas = DotCanvas(columns: 1, rows: 1, braille: true)
        canvas.set(x: x, y: y, color: nil, glyph: "*")
        #expect(canvas.character(column: 0, row: 0) == Character(Unicode.Scalar(scalar)!))
    }

    @Test func brailleDiagonalSpansTwoCells() {
        var canvas = DotCanvas(columns: 2, rows: 1, braille: true)
        var phase = 0
        canvas.line(from: (0, 0), to: (3, 3), dashes: [], phase: &phase, color: nil, glyph: "*")
        #expect(canvas.character(column: 0, row: 0) == "\u{2811}")
        #expect(canvas.character(column: 1, row: 0) == "\u{2884}")
        canvas.set(x: 9, y: 9, color: nil, glyph: "*")
        #expect(phase == 4)
    }

    @Test func dashedLinesLeaveGaps() {
        var canvas = DotCanvas(columns: 10, rows: 1, braille: false)
        var phase = 0
        canvas.line(from: (0, 0), to: (9, 0), dashes: [2, 1], phase: &phase, color: nil, glyph: "*")
        let text = String((0..<10).map { canvas.character(column: $0, row: 0) })
        #expect(text == "** ** ** *")
    }

    private func quadrantImage() throws -> AxesImage {
        try AxesImage(
            values: [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255], shape: [2, 2, 3], isInteger: true,
            colormap: Colormap(named: "gray"))
    }

    @Test func halfBlocksOfTwoByTwoImageInTrueColor() throws {
        let canvas = TerminalImage(image: try quadrantImage(), ascii: false).render(width: 2, height: 1)
        let expected = "\u{1B}[0;38;2;255;0;0;48;2;0;0;255m▀\u{1B}[0;38;2;0;255;0;48;2;255;255;255m▀\u{1B}[0m"
        #expect(canvas.rendered(mode: .trueColor) == expected)
    }

    @Test func halfBlocksUseThe256ColourPalette() throws {
        let canvas = TerminalImage(image: try quadrantImage(), ascii: false).render(width: 2, height: 1)
        let expected = "\u{1B}[0;38;5;196;48;5;21m▀\u{1B}[0;38;5;46;48;5;231m▀\u{1B}[0m"
        #expect(canvas.rendered(mode: .palette256) == expected)
    }

    @Test func greyColoursMapToTheGreyRamp() {
        #expect(CellColor(red: 128, green: 128, blue: 128).paletteIndex == 244)
        #expect(CellColor(red: 0, green: 0, blue: 0).paletteIndex == 16)
    }

    @Test func environmentSelectsColourMode() {
        #expect(TerminalOptions.fromEnvironment(["COLORTERM": "truecolor"]).colorMode == .trueColor)
        #expect(TerminalOptions.fromEnvironment(["COLORTERM": "24bit"]).colorMode == .trueColor)
        #expect(TerminalOptions.fromEnvironment([:]).colorMode == .palette256)
        #expect(TerminalOptions.fromEnvironment(["NO_COLOR": "1", "COLORTERM": "truecolor"]).colorMode == .plainASCII)
        #expect(TerminalOptions.fromEnvironment(["NO_COLOR": ""]).colorMode == .palette256)
        #expect(TerminalOptions.fromEnvironment(["TERM": "dumb"]).colorMode == .plainASCII)
        #expect(TerminalOptions.fromEnvironment(["COLUMNS": "120"]).width == 120)
        #expect(TerminalOptions.fromEnvironment(["COLUMNS": "120"], width: 64).width == 64)
    }

    @Test func currentOptionsFollowStandardOutput() {
        #expect(TerminalOptions.current(environment: ["NO_COLOR": "1"]).colorMode == .plainASCII)
        let expected: TerminalOptions.ColorMode = isatty(STDOUT_FILENO) != 0 ? .palette256 : .plainASCII
        #expect(TerminalOptions.current(environment: [:]).colorMode == expected)
        #expect(TerminalOptions.current(environment: ["COLUMNS": "not a number"]).width >= 20)
    }

    private func courseLikeFigure() throws -> Pyplot {
        let plt = Pyplot()
        try plt.subplot(1, 2, 1)
        try plt.plot([.values([1, 2, 3, 4]), .values([0.5, 0.7, 0.8, 0.85]), .format("bo")], label: "Training acc")
        try plt.plot([.values([1, 2, 3, 4]), .values([0.45, 0.6, 0.62, 0.6]), .format("b")], label: "Validation acc")
        plt.title("Training and validation accuracy")
        plt.legend()
        try plt.subplot(1, 2, 2)
        try plt.imshow(values: (0..<784).map { Float($0 % 28) }, shape: [28, 28])
        plt.title("image")
        return plt
    }

    @Test func noColorFallbackHasNoEscapesAndOnlyASCII() throws {
        let options = TerminalOptions.fromEnvironment(["NO_COLOR": "1", "COLORTERM": "truecolor"])
        let text = try courseLikeFigure().show(options: options)
        #expect(!text.contains("\u{1B}"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("Training acc") && text.contains("%%") && text.contains(".."))
    }

    @Test func colourOutputUsesBrailleAndHalfBlocksWithinWidth() throws {
        let text = try courseLikeFigure().show(options: TerminalOptions(width: 72, colorMode: .trueColor))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(text.contains("▀") && text.contains("\u{1B}[0;38;2;"))
        for line in text.split(separator: "\n") { #expect(Self.visibleWidth(line) <= 72) }
    }

    @Test func gridOfImagesSitsSideBySide() throws {
        let plt = Pyplot()
        let (_, axes) = try plt.subplots(nrows: 3, ncols: 4)
        for panel in axes.all {
            try panel.imshow(values: Array(repeating: 1, count: 28 * 28), shape: [28, 28], colormap: "gray", vmin: 0, vmax: 1)
            try panel.axis("off")
        }
        let text = plt.show(options: TerminalOptions(width: 80, colorMode: .plainASCII))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let runs = lines.map { $0.split(separator: " ").filter { $0.allSatisfy { $0 == "@" } }.count }
        #expect(runs.max() == 4)
        #expect(runs.filter { $0 == 4 }.count >= 3 * 8)
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func linePlotHasTicksTitleAndLabels() throws {
        let plt = Pyplot()
        try plt.plot([.values([0, 1]), .values([0, 1])])
        plt.title("rising")
        plt.xlabel("epoch")
        plt.ylabel("loss")
        let text = plt.show(options: TerminalOptions(width: 50, height: 16, colorMode: .palette256))
        #expect(text.contains("rising") && text.contains("epoch"))
        #expect(text.contains("0.0┤") && text.contains("1.0┤"))
        #expect(text.contains("└") && text.contains("┬"))
        #expect(text.contains("\u{1B}[0;38;5;"))
    }

    static func visibleWidth(_ line: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in line {
            if character == "\u{1B}" { inEscape = true } else if inEscape { if character == "m" { inEscape = false } } else { count += 1 }
        }
        return count
    }
}

struct TerminalLayoutStressTests {
    @Test(arguments: [TerminalOptions.ColorMode.trueColor, .palette256, .plainASCII])
    func crowdedGridsStayInsideTheTerminal(_ mode: TerminalOptions.ColorMode) throws {
        let plt = Pyplot()
        let (_, axes) = try plt.subplots(nrows: 5, ncols: 7)
        for (index, panel) in axes.all.enumerated() {
            if index % 3 == 0 {
                try panel.imshow(values: (0..<(2 * 300)).map(Float.init), shape: [2, 300])
            } else {
                try panel.plot(x: [-1e6, 0, 1e6], y: [1e-7, -3e-7, 2e-7], format: "ro--", label: "a long label here")
                panel.legend()
                panel.grid(true)
            }
            panel.title = "a title much wider than any panel"
            panel.xlabel = "x label"
            panel.ylabel = "y label"
        }
        let text = plt.show(options: TerminalOptions(width: 20, height: 6, colorMode: mode))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 6)
        #expect(lines.allSatisfy { TerminalRenderTests.visibleWidth($0) <= 20 })
    }
}
