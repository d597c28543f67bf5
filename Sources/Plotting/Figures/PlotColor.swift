/// An RGBA colour with components in 0...1, as matplotlib's `to_rgba` returns.
public struct PlotColor: Equatable, Sendable {
    /// Red, 0...1.
    public var red: Double
    /// Green, 0...1.
    public var green: Double
    /// Blue, 0...1.
    public var blue: Double
    /// Opacity, 0...1.
    public var alpha: Double

    /// A colour from components in 0...1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit `0xRRGGBB` value.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// The colour as 8-bit red, green, blue, alpha.
    public var bytes: (UInt8, UInt8, UInt8, UInt8) {
        (Self.byte(red), Self.byte(green), Self.byte(blue), Self.byte(alpha))
    }

    static func byte(_ value: Double) -> UInt8 {
        UInt8(max(0, min(255, (value * 255).rounded())))
    }

    /// Opaque white.
    public static let white = PlotColor(red: 1, green: 1, blue: 1)
    /// Opaque black.
    public static let black = PlotColor(red: 0, green: 0, blue: 0)
}

extension PlotColor {
    /// matplotlib's default property cycle (`tab10`), used for `C0`…`C9` and unstyled lines.
    public static let cycle: [PlotColor] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { PlotColor(hex: $0) }

    /// The single-letter colours of format strings (`'b'`, `'r'`, …), with matplotlib's values.
    public static let letters: [Character: PlotColor] = [
        "b": PlotColor(red: 0, green: 0, blue: 1),
        "g": PlotColor(red: 0, green: 0.5, blue: 0),
        "r": PlotColor(red: 1, green: 0, blue: 0),
        "c": PlotColor(red: 0, green: 0.75, blue: 0.75),
        "m": PlotColor(red: 0.75, green: 0, blue: 0.75),
        "y": PlotColor(red: 0.75, green: 0.75, blue: 0),
        "k": PlotColor(red: 0, green: 0, blue: 0),
        "w": PlotColor(red: 1, green: 1, blue: 1),
    ]

    static let names: [String: UInt32] = [
        "blue": 0x0000ff, "green": 0x008000, "red": 0xff0000, "cyan": 0x00ffff,
        "magenta": 0xff00ff, "yellow": 0xffff00, "black": 0x000000, "white": 0xffffff,
        "orange": 0xffa500, "purple": 0x800080, "brown": 0xa52a2a, "pink": 0xffc0cb,
        "gray": 0x808080, "grey": 0x808080, "olive": 0x808000, "navy": 0x000080,
        "teal": 0x008080, "lime": 0x00ff00, "gold": 0xffd700, "silver": 0xc0c0c0,
        "darkblue": 0x00008b, "darkgreen": 0x006400, "darkred": 0x8b0000,
        "lightblue": 0xadd8e6, "lightgreen": 0x90ee90, "skyblue": 0x87ceeb,
        "tab:blue": 0x1f77b4, "tab:orange": 0xff7f0e, "tab:green": 0x2ca02c,
        "tab:red": 0xd62728, "tab:purple": 0x9467bd, "tab:brown": 0x8c564b,
        "tab:pink": 0xe377c2, "tab:gray": 0x7f7f7f, "tab:grey": 0x7f7f7f,
        "tab:olive": 0xbcbd22, "tab:cyan": 0x17becf,
    ]

    /// Parses a matplotlib colour string: a letter (`'r'`), a name (`'orange'`, `'tab:blue'`),
    /// `'#rrggbb'`/`'#rgb'` (with optional alpha), a cycle entry (`'C0'`), or a grey level (`'0.5'`).
    ///
    ///     try PlotColor(matplotlib: "r")        // red
    ///     try PlotColor(matplotlib: "#1f77b4")  // C0
    public init(matplotlib text: String) throws {
        guard let color = Self.parse(text) else {
            throw PlotError.value(
                "'\(text)' is not a valid value for color: supported inputs are '#rrggbb', '#rgb' "
                    + "strings; named color strings such as 'red'; single letters b g r c m y k w; "
                    + "string reprs of 0-1 floats for grayscale values; 'C0', 'C1', ... strings "
                    + "for colors of the color cycle")
        }
        self = color
    }

    static func parse(_ text: String) -> PlotColor? {
        if text.count == 1, let letter = text.first, let color = letters[letter] { return color }
        let lower = text.lowercased()
        if let hex = names[lower] { return PlotColor(hex: hex) }
        if lower.hasPrefix("#") { return parseHex(String(lower.dropFirst())) }
        if lower.hasPrefix("c"), let index = Int(lower.dropFirst()), index >= 0 {
            return cycle[index % cycle.count]
        }
        if let level = Double(text), level >= 0, level <= 1, !text.hasPrefix("+") {
            return PlotColor(red: level, green: level, blue: level)
        }
        return nil
    }

    private static func parseHex(_ digits: String) -> PlotColor? {
        let expanded: String
        switch digits.count {
        case 3, 4: expanded = String(digits.flatMap { [$0, $0] })
        case 6, 8: expanded = digits
        default: return nil
        }
        guard let value = UInt64(expanded, radix: 16) else { return nil }
        if expanded.count == 8 {
            var color = PlotColor(hex: UInt32(value >> 8))
            color.alpha = Double(value & 0xFF) / 255
            return color
        }
        return PlotColor(hex: UInt32(value))
    }
}
