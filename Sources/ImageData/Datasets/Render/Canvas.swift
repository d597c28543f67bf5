import Foundation

/// An RGB float canvas that shapes are painted onto with anti-aliased edges (coverage from the
/// signed distance), then quantised to an 8-bit `Image`.
struct Canvas {
    let width: Int
    let height: Int
    var pixels: [Float]

    init(width: Int, height: Int, color: Color = Color(1, 1, 1)) {
        self.width = width
        self.height = height
        pixels = [Float](repeating: 0, count: width * height * 3)
        for i in 0..<(width * height) {
            pixels[i * 3] = color.r; pixels[i * 3 + 1] = color.g; pixels[i * 3 + 2] = color.b
        }
    }

    /// Sets every pixel from `shader(x, y)`.
    mutating func shade(_ shader: (Int, Int) -> Color) {
        for y in 0..<height {
            for x in 0..<width {
                let c = shader(x, y)
                let i = (y * width + x) * 3
                pixels[i] = c.r; pixels[i + 1] = c.g; pixels[i + 2] = c.b
            }
        }
    }

    /// Paints `shape` with `paint`; `softness` widens the anti-aliased edge (shadows, blur).
    mutating func fill(_ shape: Shape, _ paint: Paint, softness: Double = 1) {
        let (x0, y0, x1, y1) = shape.bounds
        let minX = max(0, Int((x0 - softness).rounded(.down))), maxX = min(width - 1, Int((x1 + softness).rounded(.up)))
        let minY = max(0, Int((y0 - softness).rounded(.down))), maxY = min(height - 1, Int((y1 + softness).rounded(.up)))
        guard minX <= maxX, minY <= maxY else { return }
        let needsTile = paint.patchColor != nil || paint.noiseAmount > 0 || paint.stripeAmount > 0
        guard needsTile else { return fillPlain(shape, paint, softness: softness, minX: minX, maxX: maxX, minY: minY, maxY: maxY) }
        NoiseTile.values.withUnsafeBufferPointer { tile in
            fillTextured(shape, paint, tile: tile, softness: softness, minX: minX, maxX: maxX, minY: minY, maxY: maxY)
        }
    }

    private mutating func fillPlain(_ shape: Shape, _ paint: Paint, softness: Double, minX: Int, maxX: Int, minY: Int, maxY: Int) {
        for y in minY...maxY {
            for x in minX...maxX {
                let sample = shape.evaluate(Double(x) + 0.5, Double(y) + 0.5)
                let coverage = Float(max(0, min(1, 0.5 - sample.distance / softness))) * paint.opacity
                guard coverage > 0 else { continue }
                var light: Float = 1
                if paint.shading > 0 {
                    let lambert = max(
                        0,
                        Float(sample.nx) * lightDirection.x + Float(sample.ny) * lightDirection.y
                            + Float(sample.nz) * lightDirection.z)
                    light = 1 - paint.shading + paint.shading * (0.35 + 0.85 * lambert)
                }
                let color = paint.color
                let i = (y * width + x) * 3
                pixels[i] += (color.r * light - pixels[i]) * coverage
                pixels[i + 1] += (color.g * light - pixels[i + 1]) * coverage
                pixels[i + 2] += (color.b * light - pixels[i + 2]) * coverage
            }
        }
    }

    private mutating func fillTextured(
        _ shape: Shape, _ paint: Paint, tile: UnsafeBufferPointer<Float>, softness: Double,
        minX: Int, maxX: Int, minY: Int, maxY: Int
    ) {
        let seed = paint.noiseSeed
        let stripeX = cos(paint.stripeAngle), stripeY = sin(paint.stripeAngle)
        for y in minY...maxY {
            for x in minX...maxX {
                let sample = shape.evaluate(Double(x) + 0.5, Double(y) + 0.5)
                let coverage = Float(max(0, min(1, 0.5 - sample.distance / softness))) * paint.opacity
                guard coverage > 0 else { continue }
                var color = paint.color
                if let patch = paint.patchColor,
                    NoiseTile.sample(tile, Float(x) * paint.noiseScale * 0.35 + 31, Float(y) * paint.noiseScale * 0.35, seed: seed) > paint.patchThreshold
                {
                    color = patch
                }
                var light: Float = 1
                if paint.shading > 0 {
                    let lambert = max(
                        0,
                        Float(sample.nx) * lightDirection.x + Float(sample.ny) * lightDirection.y
                            + Float(sample.nz) * lightDirection.z)
                    light = 1 - paint.shading + paint.shading * (0.35 + 0.85 * lambert)
                }
                if paint.noiseAmount > 0 {
                    light *= 1 + paint.noiseAmount * (NoiseTile.sample(tile, Float(x) * paint.noiseScale, Float(y) * paint.noiseScale, seed: seed &+ 77) - 0.5) * 2
                }
                if paint.stripeAmount > 0 {
                    let along = (Float(x) * stripeX + Float(y) * stripeY) / paint.stripePeriod
                    let wobble = NoiseTile.sample(tile, Float(x) * 0.05, Float(y) * 0.05, seed: seed &+ 5) * 1.5
                    let wave = 0.5 + 0.5 * sin((along + wobble) * 2 * .pi)
                    light *= 1 - paint.stripeAmount * wave * wave
                }
                let i = (y * width + x) * 3
                pixels[i] += (color.r * light - pixels[i]) * coverage
                pixels[i + 1] += (color.g * light - pixels[i + 1]) * coverage
                pixels[i + 2] += (color.b * light - pixels[i + 2]) * coverage
            }
        }
    }

    /// Adds per-pixel grain of up to ±`amount` (sensor noise) from `generator`.
    mutating func addGrain(_ amount: Float, using generator: inout SeededGenerator) {
        for i in 0..<pixels.count where i % 3 == 0 {
            let n = Float(Int(generator.next() % 2001) - 1000) / 1000 * amount
            pixels[i] += n; pixels[i + 1] += n; pixels[i + 2] += n
        }
    }

    /// The canvas as an 8-bit RGB image.
    func image() -> Image {
        let bytes = pixels.map { UInt8(max(0, min(255, ($0 * 255).rounded()))) }
        return Image(unchecked: bytes, width: width, height: height, channels: 3)
    }
}
