/// A named colormap mapping 0...1 to colours, like `matplotlib.colormaps[name]`.
///
///     let viridis = try Colormap(named: "viridis")
///     viridis.color(at: 0)   // #440154, dark purple
///     viridis.color(at: 1)   // #fde725, yellow
public struct Colormap: Equatable, Sendable {
    /// The name as the learner spelled it (`'gray'`, `'inferno_r'`).
    public let name: String
    let stops: [UInt32]

    /// The colormap matplotlib uses when `cmap` is not given.
    public static let defaultName = "viridis"

    /// Every name `Colormap(named:)` accepts, sorted; each also has a reversed `_r` variant.
    public static var knownNames: [String] {
        ColormapTables.stops.keys.flatMap { [$0, $0 + "_r"] }.sorted {
            $0.lowercased() == $1.lowercased() ? $0 < $1 : $0.lowercased() < $1.lowercased()
        }
    }

    /// Looks a colormap up by matplotlib name; unknown names throw matplotlib's `ValueError`.
    public init(named name: String) throws {
        let reversed = name.hasSuffix("_r")
        let base = reversed ? String(name.dropLast(2)) : name
        guard let stops = ColormapTables.stops[base] else {
            let supported = Self.knownNames.map { "'\($0)'" }.joined(separator: ", ")
            throw PlotError.value("'\(name)' is not a valid value for cmap; supported values are \(supported)")
        }
        self.name = name
        self.stops = reversed ? stops.reversed() : stops
    }

    /// The 256 colours matplotlib's `N=256` lookup table holds, as RGBA bytes (1024 values).
    public func lookupTable() -> [UInt8] {
        var table = [UInt8](repeating: 255, count: 256 * 4)
        for entry in 0..<256 {
            let (r, g, b, _) = color(at: Double(entry) / 255).bytes
            table[entry * 4] = r
            table[entry * 4 + 1] = g
            table[entry * 4 + 2] = b
        }
        return table
    }

    /// The colour at `value` in 0...1, linearly interpolated between the table's stops;
    /// values outside 0...1 take the end colours, NaN is transparent (matplotlib's "bad" colour).
    public func color(at value: Double) -> PlotColor {
        guard !value.isNaN else { return PlotColor(red: 0, green: 0, blue: 0, alpha: 0) }
        let position = max(0, min(1, value)) * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        let fraction = position - Double(lower)
        let a = PlotColor(hex: stops[lower])
        let b = PlotColor(hex: stops[lower + 1])
        return PlotColor(
            red: a.red + (b.red - a.red) * fraction,
            green: a.green + (b.green - a.green) * fraction,
            blue: a.blue + (b.blue - a.blue) * fraction)
    }
}
