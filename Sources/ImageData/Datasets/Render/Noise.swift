/// Smooth value noise and its fractal sum, for textured backgrounds and fur.
struct ValueNoise: Sendable {
    let seed: UInt32

    init(seed: UInt64) { self.seed = UInt32(truncatingIfNeeded: seed ^ (seed >> 32)) }

    @inline(__always)
    private func lattice(_ x: Int32, _ y: Int32) -> Float {
        var h = UInt32(bitPattern: x) &* 0x27d4_eb2d ^ UInt32(bitPattern: y) &* 0x1656_67b1 ^ seed
        h = (h ^ (h >> 15)) &* 0x85eb_ca6b
        h = (h ^ (h >> 13)) &* 0xc2b2_ae35
        h ^= h >> 16
        return Float(h & 0xFFFF) / 65535
    }

    /// Noise in 0...1 at a point, smooth between integer lattice points.
    @inline(__always)
    func value(_ x: Float, _ y: Float) -> Float {
        var ix = Int32(x), iy = Int32(y)
        if Float(ix) > x { ix &-= 1 }
        if Float(iy) > y { iy &-= 1 }
        let fx = Float(ix), fy = Float(iy)
        var tx = x - fx, ty = y - fy
        tx = tx * tx * (3 - 2 * tx)
        ty = ty * ty * (3 - 2 * ty)
        let top = lattice(ix, iy) + (lattice(ix &+ 1, iy) - lattice(ix, iy)) * tx
        let bottom = lattice(ix, iy &+ 1) + (lattice(ix &+ 1, iy &+ 1) - lattice(ix, iy &+ 1)) * tx
        return top + (bottom - top) * ty
    }

    /// `octaves` layers of noise, each twice as fine and half as strong, normalised to 0...1.
    func fractal(_ x: Float, _ y: Float, octaves: Int = 4) -> Float {
        var sum: Float = 0, amplitude: Float = 1, total: Float = 0, frequency: Float = 1
        for _ in 0..<octaves {
            sum += value(x * frequency, y * frequency) * amplitude
            total += amplitude
            amplitude *= 0.5
            frequency *= 2.03
        }
        return sum / total
    }
}

/// A 512×512 tile of fractal noise computed once per process; painting samples it (with
/// wrap-around and a per-seed offset) instead of evaluating octaves per pixel, which made noise
/// half of the rendering time.
enum NoiseTile {
    static let size = 512
    /// Noise features per tile pixel at scale 1.
    static let baseFrequency: Float = 0.06

    static let values: [Float] = {
        let noise = ValueNoise(seed: 0x5EED)
        var tile = [Float](repeating: 0, count: size * size)
        for y in 0..<size {
            for x in 0..<size { tile[y * size + x] = noise.fractal(Float(x) * baseFrequency, Float(y) * baseFrequency, octaves: 3) }
        }
        return tile
    }()

    /// Fractal noise in 0...1 at `(x, y)` in noise units (as `ValueNoise.fractal`), offset by `seed`.
    @inline(__always)
    static func sample(_ tile: UnsafeBufferPointer<Float>, _ x: Float, _ y: Float, seed: UInt64) -> Float {
        let u = x / baseFrequency + Float(seed & 0x1FF), v = y / baseFrequency + Float((seed >> 9) & 0x1FF)
        let iu = Int(u), iv = Int(v)
        let fu = u - Float(iu), fv = v - Float(iv)
        let mask = size - 1
        let x0 = iu & mask, x1 = (iu &+ 1) & mask, y0 = (iv & mask) &* size, y1 = ((iv &+ 1) & mask) &* size
        let top = tile[y0 &+ x0] + (tile[y0 &+ x1] - tile[y0 &+ x0]) * fu
        let bottom = tile[y1 &+ x0] + (tile[y1 &+ x1] - tile[y1 &+ x0]) * fu
        return top + (bottom - top) * fv
    }

    /// `sample` on the shared tile, for shaders that cannot hold a buffer pointer.
    static func fractal(_ x: Float, _ y: Float, seed: UInt64) -> Float {
        values.withUnsafeBufferPointer { sample($0, x, y, seed: seed) }
    }
}
