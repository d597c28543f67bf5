import Testing
@testable import Plotting

struct ColormapTests {
    @Test(arguments: [
        ("viridis", 0x440154 as UInt32, 0xfde725 as UInt32),
        ("inferno", 0x000004, 0xfcffa4),
        ("gray", 0x000000, 0xffffff),
        ("Greys", 0xffffff, 0x000000),
        ("gray_r", 0xffffff, 0x000000),
        ("viridis_r", 0xfde725, 0x440154),
    ])
    func endpointsMatchMatplotlib(_ name: String, _ low: UInt32, _ high: UInt32) throws {
        let map = try Colormap(named: name)
        #expect(map.color(at: 0) == PlotColor(hex: low))
        #expect(map.color(at: 1) == PlotColor(hex: high))
        #expect(map.color(at: -3) == PlotColor(hex: low))
        #expect(map.color(at: 7) == PlotColor(hex: high))
    }

    @Test func grayIsLinearAndViridisMidpointIsTeal() throws {
        let gray = try Colormap(named: "gray").color(at: 0.25)
        #expect(abs(gray.red - 0.25) < 1e-9 && gray.red == gray.blue)
        let middle = try Colormap(named: "viridis").color(at: 0.5)
        #expect(middle == PlotColor(hex: 0x21918c))
    }

    @Test func nanIsTransparent() throws {
        #expect(try Colormap(named: "viridis").color(at: .nan).alpha == 0)
    }

    @Test func unknownNameListsSupportedValues() {
        do {
            _ = try Colormap(named: "virdis")
            Issue.record("expected an error")
        } catch let error as PlotError {
            #expect(error.pythonType == "ValueError")
            #expect(error.message.hasPrefix("'virdis' is not a valid value for cmap; supported values are "))
            #expect(error.message.contains("'viridis'") && error.message.contains("'inferno_r'"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
