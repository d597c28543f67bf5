import Testing
@testable import Plotting

@Test func plainModeTellsAnImageInWords() throws {
    let plot = Pyplot()
    try plot.imshow(values: [0, 128, 255, 64], shape: [2, 2], isInteger: true)
    plot.gca().title = "Ankle boot"
    var options = TerminalOptions(width: 80, colorMode: .plainASCII)
    options.describesImages = true
    let text = plot.show(options: options)
    #expect(text.hasPrefix("Figure: image 2×2 grayscale"))
    #expect(text.contains("values 0 to 255"))
    #expect(text.contains("title 'Ankle boot'"))
    #expect(!text.contains("@"), "no ASCII art")
}

@Test func plainModeTellsLinePlotsTheirExtent() {
    let lines = [LineSeries(x: [0, 1, 2], y: [0.5, 0.25, 0.125], color: .black, lineStyle: .solid, marker: nil, label: nil)]
    #expect(FigureDescription.describe(lines) == "1 line, x from 0 to 2, y from 0.125 to 0.5")
}

@Test func environmentAsksForDescriptions() {
    #expect(TerminalOptions.fromEnvironment(["DEEPLINGS_PLAIN": "1"]).describesImages)
    #expect(!TerminalOptions.fromEnvironment([:]).describesImages)
}
