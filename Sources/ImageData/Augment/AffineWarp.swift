/// A sample type the warp reads: 8-bit decoded pixels or float arrays given to `flow`.
protocol WarpSample { var floatValue: Float { get } }
extension UInt8: WarpSample { @inline(__always) var floatValue: Float { Float(self) } }
extension Float: WarpSample { @inline(__always) var floatValue: Float { self } }

/// Executes a `WarpPlan`: one bilinear resampling pass (Keras' `order=1`), the fill mode outside
/// the input, then the plan's scale, written as Float32 samples.
enum AffineWarp {
    /// Warps a `width`×`height`×`channels` source (the plan's size) into `output`, which holds the
    /// same number of samples.
    static func apply<Sample: WarpSample>(
        _ plan: WarpPlan, fill: FillMode, source: UnsafeBufferPointer<Sample>,
        channels: Int, into output: UnsafeMutablePointer<Float>
    ) {
        let width = plan.width, height = plan.height
        precondition(source.count == width * height * channels, "warp source size does not match the plan")
        let matrix = plan.samplingMatrix
        let scale = plan.scale
        if matrix.isIdentity {
            for i in 0..<source.count { output[i] = source[i].floatValue * scale }
            return
        }
        let cval = fill.constantValue
        let rowStride = width &* channels
        for y in 0..<height {
            var u = matrix.b * Double(y) + matrix.c
            var v = matrix.e * Double(y) + matrix.f
            var out = output + y &* rowStride
            for _ in 0..<width {
                // Truncation plus a fix-up: baseline x86-64 has no rounding instruction, so
                // `rounded(.down)` would be a libm call per pixel.
                let cu = min(max(u, -1e9), 1e9), cv = min(max(v, -1e9), 1e9)
                var x0 = Int(cu), y0 = Int(cv)
                if Double(x0) > cu { x0 &-= 1 }
                if Double(y0) > cv { y0 &-= 1 }
                let fx = Float(cu - Double(x0)), fy = Float(cv - Double(y0))
                if x0 >= 0 && y0 >= 0 && x0 &+ 1 < width && y0 &+ 1 < height {
                    let i00 = (y0 &* width &+ x0) &* channels
                    let i10 = i00 &+ rowStride
                    for c in 0..<channels {
                        out[c] =
                            bilerp(
                                source[i00 &+ c].floatValue, source[i00 &+ channels &+ c].floatValue,
                                source[i10 &+ c].floatValue, source[i10 &+ channels &+ c].floatValue, fx, fy) * scale
                    }
                } else {
                    let cx0 = fill.resolve(x0, count: width), cx1 = fill.resolve(x0 &+ 1, count: width)
                    let cy0 = fill.resolve(y0, count: height), cy1 = fill.resolve(y0 &+ 1, count: height)
                    for c in 0..<channels {
                        @inline(__always) func tap(_ cx: Int?, _ cy: Int?) -> Float {
                            guard let cx, let cy else { return cval }
                            return source[(cy &* width &+ cx) &* channels &+ c].floatValue
                        }
                        out[c] = bilerp(tap(cx0, cy0), tap(cx1, cy0), tap(cx0, cy1), tap(cx1, cy1), fx, fy) * scale
                    }
                }
                out += channels
                u += matrix.a
                v += matrix.d
            }
        }
    }
}

/// Bilinear interpolation in lerp form: it never leaves the range of its four taps (a weighted
/// sum can overshoot by rounding, and 255 × (1/255) then becomes 1.0000001, outside [0, 1]).
@inline(__always)
private func bilerp(_ a: Float, _ b: Float, _ c: Float, _ d: Float, _ fx: Float, _ fy: Float) -> Float {
    let top = a + (b - a) * fx
    let bottom = c + (d - c) * fx
    return top + (bottom - top) * fy
}
