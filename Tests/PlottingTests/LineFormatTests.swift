import Testing
@testable import Plotting

struct LineFormatTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let format: String
        let style: LineStyle
        let marker: MarkerStyle?
        let color: PlotColor?
        var testDescription: String { "'\(format)'" }
    }

    static let blue = PlotColor(red: 0, green: 0, blue: 1)
    static let red = PlotColor(red: 1, green: 0, blue: 0)
    static let green = PlotColor(red: 0, green: 0.5, blue: 0)

    static let cases: [Case] = [
        Case(format: "bo", style: .none, marker: .circle, color: blue),
        Case(format: "r", style: .solid, marker: nil, color: red),
        Case(format: "g-", style: .solid, marker: nil, color: green),
        Case(format: "b--", style: .dashed, marker: nil, color: blue),
        Case(format: "ro-", style: .solid, marker: .circle, color: red),
        Case(format: "k:", style: .dotted, marker: nil, color: .black),
        Case(format: "m-.", style: .dashDot, marker: nil, color: PlotColor(red: 0.75, green: 0, blue: 0.75)),
        Case(format: "xb", style: .none, marker: .x, color: blue),
        Case(format: "--r", style: .dashed, marker: nil, color: red),
        Case(format: "b-o", style: .solid, marker: .circle, color: blue),
        Case(format: "s", style: .none, marker: .square, color: nil),
        Case(format: "^", style: .none, marker: .triangleUp, color: nil),
        Case(format: "+", style: .none, marker: .plus, color: nil),
        Case(format: ".", style: .none, marker: .point, color: nil),
        Case(format: "-", style: .solid, marker: nil, color: nil),
        Case(format: "C1", style: .solid, marker: nil, color: PlotColor(hex: 0xff7f0e)),
        Case(format: "C2o", style: .none, marker: .circle, color: PlotColor(hex: 0x2ca02c)),
        Case(format: "0.5", style: .solid, marker: nil, color: PlotColor(red: 0.5, green: 0.5, blue: 0.5)),
        Case(format: "red", style: .solid, marker: nil, color: red),
        Case(format: "#ff0000", style: .solid, marker: nil, color: red),
        Case(format: "c", style: .solid, marker: nil, color: PlotColor(red: 0, green: 0.75, blue: 0.75)),
        Case(format: "y", style: .solid, marker: nil, color: PlotColor(red: 0.75, green: 0.75, blue: 0)),
        Case(format: "w", style: .solid, marker: nil, color: .white),
    ]

    @Test(arguments: cases)
    func parsesLikeMatplotlib(_ example: Case) throws {
        let parsed = try LineFormat(parsing: example.format)
        #expect(parsed.lineStyle == example.style)
        #expect(parsed.marker == example.marker)
        #expect(parsed.color == example.color)
    }

    @Test(arguments: [
        ("rg", "'rg' is not a valid format string (two color symbols)"),
        ("oo", "'oo' is not a valid format string (two marker symbols)"),
        ("--:", "'--:' is not a valid format string (two linestyle symbols)"),
        ("z", "'z' is not a valid format string (unrecognized character 'z')"),
        ("bq-", "'bq-' is not a valid format string (unrecognized character 'q')"),
    ])
    func rejectsBadFormats(_ format: String, _ message: String) {
        #expect(throws: PlotError.value(message)) { try LineFormat(parsing: format) }
    }

    @Test func colorKeywordRejectsUnknownNames() {
        #expect(throws: PlotError.self) { try PlotColor(matplotlib: "blah") }
        #expect((try? PlotColor(matplotlib: "tab:orange")) == PlotColor(hex: 0xff7f0e))
        #expect((try? PlotColor(matplotlib: "#f00")) == PlotColor(red: 1, green: 0, blue: 0))
    }

    @Test func lineStyleKeywords() throws {
        #expect(try LineStyle(keyword: "dashed") == .dashed)
        #expect(try LineStyle(keyword: "") == LineStyle.none)
        #expect(throws: PlotError.self) { try LineStyle(keyword: "wavy") }
        #expect(try MarkerStyle.keyword("None") == nil)
        #expect(throws: PlotError.self) { try MarkerStyle.keyword("q") }
    }
}
