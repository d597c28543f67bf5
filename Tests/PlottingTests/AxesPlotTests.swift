import Testing
@testable import Plotting

struct AxesPlotTests {
    private func freshAxes() throws -> Axes { try Figure().addSubplot(nrows: 1, ncols: 1, index: 1) }

    @Test func yAloneGetsIndexX() throws {
        let axes = try freshAxes()
        let lines = try axes.plot([.values([5, 6, 7])])
        #expect(lines.first?.x == [0, 1, 2])
        #expect(lines.first?.color == PlotColor.cycle[0])
    }

    @Test func groupsLikeMatplotlib() throws {
        let axes = try freshAxes()
        let lines = try axes.plot([.values([1, 2]), .values([3, 4]), .format("ro"), .values([5, 6]), .format("b--")])
        #expect(lines.count == 2)
        #expect(lines[0].marker == .circle && lines[0].lineStyle == LineStyle.none)
        #expect(lines[1].x == [0, 1] && lines[1].y == [5, 6] && lines[1].lineStyle == .dashed)
    }

    @Test func trailingStringLabelsThePreviousLine() throws {
        let axes = try freshAxes()
        try axes.plot([.values([1, 2]), .values([3, 4]), .format("r"), .format("Training accuracy")])
        #expect(axes.lines.map(\.label) == ["Training accuracy"])
    }

    @Test func colourCycleSkipsStyledLines() throws {
        let axes = try freshAxes()
        try axes.plot(y: [1])
        try axes.plot(y: [1], format: "r")
        try axes.plot(y: [1], color: "green")
        try axes.plot(y: [1])
        #expect(
            axes.lines.map(\.color) == [
                PlotColor.cycle[0], PlotColor(red: 1, green: 0, blue: 0), PlotColor(hex: 0x008000), PlotColor.cycle[1],
            ])
    }

    @Test func mismatchedLengthsThrowMatplotlibsMessage() throws {
        #expect(throws: PlotError.value("x and y must have same first dimension, but have shapes (2,) and (3,)")) {
            try freshAxes().plot(x: [1, 2], y: [1, 2, 3])
        }
    }

    @Test func autoscaleAddsFivePercentMargins() throws {
        let axes = try freshAxes()
        try axes.plot(x: [0, 2], y: [1, 3])
        let limits = axes.viewLimits
        #expect(abs(limits.left - -0.1) < 1e-12 && abs(limits.right - 2.1) < 1e-12)
        #expect(abs(limits.bottom - 0.9) < 1e-12 && abs(limits.top - 3.1) < 1e-12)
    }

    @Test func imageLimitsAreFlippedPixelEdges() throws {
        let axes = try freshAxes()
        try axes.imshow(values: [1, 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(axes.viewLimits == ViewLimits(left: -0.5, right: 2.5, bottom: 1.5, top: -0.5))
    }
}
