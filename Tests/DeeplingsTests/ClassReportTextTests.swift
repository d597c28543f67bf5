import Course
import Testing
@testable import deeplings

@Suite struct ClassReportTextTests {
    @Test func barsAreAsLongAsTheirShareOfTheLargestBin() {
        let lines = ClassReportText.histogram([
            ClassStatistics.Bin(low: 0, high: 0, count: 8),
            ClassStatistics.Bin(low: 1, high: 1, count: 16),
            ClassStatistics.Bin(low: 2, high: 2, count: 1),
            ClassStatistics.Bin(low: 3, high: 3, count: 0),
        ])
        func blocks(_ line: String) -> Int { line.filter { $0 == "█" }.count }
        #expect(lines.count == 4)
        #expect(blocks(lines[1]) == ClassReportText.barWidth)
        #expect(blocks(lines[0]) == ClassReportText.barWidth / 2)
        #expect(lines[2].contains("▌") && blocks(lines[2]) == 2)
        #expect(blocks(lines[3]) == 0 && lines[3].hasSuffix(" 0"))
        // The counts line up in one column.
        #expect(Set(lines.map { $0.count - ($0.split(separator: " ").last?.count ?? 0) }).count == 1)
    }

    @Test func rangesAreLabelledAndMessagesKeptToOneLine() {
        let lines = ClassReportText.histogram([ClassStatistics.Bin(low: 0, high: 9, count: 3), ClassStatistics.Bin(low: 10, high: 20, count: 1)])
        #expect(lines[0].hasPrefix("    0–9 │"))
        #expect(lines[1].hasPrefix("  10–20 │"))
        #expect(ClassReportText.oneLine("a\nb\u{1B}[31mc") == "a b [31mc")
        #expect(ClassReportText.oneLine(String(repeating: "x", count: 500)).count == 160)
    }
}
