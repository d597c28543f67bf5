import Testing
@testable import Plotting

struct TicksTests {
    // Expected labels are what matplotlib 3.11 draws for these x limits on a default figure.
    @Test(arguments: [
        (0.0, 1.0, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        (0.3, 0.95, ["0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"]),
        (1.0, 5.0, ["1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"]),
        (0.0, 100.0, ["0", "20", "40", "60", "80", "100"]),
        (-3.0, 3.0, ["-3", "-2", "-1", "0", "1", "2", "3"]),
        (0.0, 60000.0, ["0", "10000", "20000", "30000", "40000", "50000", "60000"]),
        (0.5, 0.52, ["0.5000", "0.5025", "0.5050", "0.5075", "0.5100", "0.5125", "0.5150", "0.5175", "0.5200"]),
    ])
    func labelsMatchMatplotlib(_ low: Double, _ high: Double, _ expected: [String]) {
        #expect(Ticks.labels(for: Ticks.locate(from: low, to: high, maxCount: 9)) == expected)
    }

    @Test func tinyValuesUseScientificNotation() {
        let labels = Ticks.labels(for: Ticks.locate(from: 1e-5, to: 3e-5, maxCount: 4))
        #expect(labels == ["1.0e-05", "1.5e-05", "2.0e-05", "2.5e-05", "3.0e-05"])
    }

    @Test func degenerateRanges() {
        #expect(Ticks.locate(from: 2, to: 2, maxCount: 5) == [2])
        #expect(Ticks.locate(from: .nan, to: 1, maxCount: 5).isEmpty)
        #expect(Ticks.locate(from: 5, to: 1, maxCount: 4) == [1, 2, 3, 4, 5])
    }
}
