/// How a shape is coloured: a base colour, lit by a fixed light from the upper left according to
/// the shape's normal, optionally textured by noise or stripes.
struct Paint: Sendable {
    var color: Color
    /// 0: flat colour; 1: full light-and-shadow shading from the shape's normal.
    var shading: Float = 0.8
    /// How much fractal noise darkens/lightens the colour (fur, bark, grain).
    var noiseAmount: Float = 0
    /// Noise features per pixel (smaller: coarser).
    var noiseScale: Float = 0.08
    /// Stripe strength (tabby fur, wood planks, wallpaper); 0 for none.
    var stripeAmount: Float = 0
    /// Stripe period in pixels and direction in radians.
    var stripePeriod: Float = 12
    var stripeAngle: Float = 0
    /// Colour of a second, noise-masked patch layer (calico, piebald, spots), if any.
    var patchColor: Color?
    var patchThreshold: Float = 0.6
    /// 0...1 overall opacity.
    var opacity: Float = 1
    var noiseSeed: UInt64 = 0

    init(_ color: Color, shading: Float = 0.8) {
        self.color = color
        self.shading = shading
    }

    /// A copy with a different base colour.
    func with(_ color: Color) -> Paint {
        var copy = self
        copy.color = color
        return copy
    }
}

/// A light from the upper left, towards the viewer.
let lightDirection: (x: Float, y: Float, z: Float) = {
    let (x, y, z): (Float, Float, Float) = (-0.45, -0.6, 0.66)
    let n = (x * x + y * y + z * z).squareRoot()
    return (x / n, y / n, z / n)
}()
