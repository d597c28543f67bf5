/// The marker symbols matplotlib accepts in format strings (`'o'`, `'^'`, `'s'`, …).
public enum MarkerStyle: Character, Sendable, CaseIterable {
    /// `.`: a small dot.
    case point = "."
    /// `,`: a single pixel.
    case pixel = ","
    /// `o`: a filled circle.
    case circle = "o"
    /// `v`: a triangle pointing down.
    case triangleDown = "v"
    /// `^`: a triangle pointing up.
    case triangleUp = "^"
    /// `<`: a triangle pointing left.
    case triangleLeft = "<"
    /// `>`: a triangle pointing right.
    case triangleRight = ">"
    /// `1`: a three-armed star pointing down.
    case triDown = "1"
    /// `2`: a three-armed star pointing up.
    case triUp = "2"
    /// `3`: a three-armed star pointing left.
    case triLeft = "3"
    /// `4`: a three-armed star pointing right.
    case triRight = "4"
    /// `8`: a filled octagon.
    case octagon = "8"
    /// `s`: a filled square.
    case square = "s"
    /// `p`: a filled pentagon.
    case pentagon = "p"
    /// `P`: a filled plus.
    case plusFilled = "P"
    /// `*`: a filled five-pointed star.
    case star = "*"
    /// `h`: a filled hexagon.
    case hexagon = "h"
    /// `H`: a filled hexagon, flat side up.
    case hexagon2 = "H"
    /// `+`: a thin plus.
    case plus = "+"
    /// `x`: a thin cross.
    case x = "x"
    /// `X`: a filled cross.
    case xFilled = "X"
    /// `D`: a filled diamond.
    case diamond = "D"
    /// `d`: a narrow diamond.
    case thinDiamond = "d"
    /// `|`: a vertical tick.
    case verticalLine = "|"
    /// `_`: a horizontal tick.
    case horizontalLine = "_"

    /// Parses a `marker=` keyword: one of the symbols, or `'None'`/`''` for no marker.
    public static func keyword(_ text: String) throws -> MarkerStyle? {
        if text == "None" || text == "none" || text.isEmpty || text == " " { return nil }
        if text.count == 1, let symbol = text.first, let marker = MarkerStyle(rawValue: symbol) {
            return marker
        }
        throw PlotError.value("Unrecognized marker style '\(text)'")
    }
}
