import Foundation

/// Backgrounds for the rendered data sets: outdoor landscapes, rooms and photo-studio sweeps,
/// each with texture and clutter drawn from the generator.
enum Backgrounds {
    /// Sky (clear, overcast or sunset) with clouds, hills, textured ground and clutter; returns
    /// the horizon's y in pixels.
    @discardableResult
    static func outdoor(
        _ painter: inout Painter, _ random: inout SeededGenerator, palette: Int? = nil,
        horizon requested: Double? = nil
    ) -> Double {
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let horizon = requested ?? h * random.double(0.35...0.65)
        let skies: [(Color, Color)] = [
            (Color(bytes: 90, 140, 210), Color(bytes: 190, 215, 240)),
            (Color(bytes: 150, 155, 165), Color(bytes: 210, 210, 212)),
            (Color(bytes: 80, 90, 160), Color(bytes: 245, 170, 110)),
            (Color(bytes: 120, 175, 225), Color(bytes: 235, 235, 225)),
        ]
        let grounds: [Color] = [
            Color(bytes: 95, 135, 60), Color(bytes: 150, 130, 85), Color(bytes: 120, 110, 70),
            Color(bytes: 70, 110, 55), Color(bytes: 185, 170, 130),
        ]
        let (top, bottom) = skies[palette.map { $0 % skies.count } ?? random.int(0...(skies.count - 1))]
        let ground = grounds[random.int(0...(grounds.count - 1))].jittered(0.05, using: &random)
        let cloudSeed = random.next(), groundSeed = random.next()
        let cloudiness = random.float(0.2...0.8)
        painter.canvas.shade { x, y in
            let fx = Float(x), fy = Float(y)
            if Double(y) < horizon {
                let t = Float(Double(y) / horizon)
                var sky = top.mixed(with: bottom, t)
                let cloud = max(0, NoiseTile.fractal(fx * 0.012, fy * 0.03, seed: cloudSeed) - (1 - cloudiness * 0.6)) * 2.5
                sky = sky.mixed(with: Color(0.97, 0.97, 0.97), min(1, cloud))
                return sky
            }
            let depth = Float((Double(y) - horizon) / max(1, h - horizon))
            let grain = NoiseTile.fractal(fx * 0.05 / (0.3 + depth), fy * 0.12, seed: groundSeed)
            return ground.scaled(0.75 + 0.5 * grain + 0.15 * depth)
        }
        let hillColor = ground.mixed(with: bottom, 0.45).scaled(0.9)
        var hills: [(Double, Double)] = [(0, horizon + 2)]
        let hillNoise = ValueNoise(seed: random.next()), hillHeight = random.double(5...h * 0.12)
        for i in 0...24 {
            let x = w * Double(i) / 24
            hills.append((x, horizon - hillHeight * Double(hillNoise.fractal(Float(i) * 0.25, 3, octaves: 2))))
        }
        hills.append((w, horizon + 2))
        painter.polygon(hills, Paint(hillColor, shading: 0))
        for _ in 0..<random.int(0...5) { clutter(&painter, &random, horizon: horizon) }
        return horizon
    }

    /// One random outdoor prop: a bush, rock, tree or fence post, standing on the ground.
    static func clutter(_ painter: inout Painter, _ random: inout SeededGenerator, horizon: Double) {
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let x = random.double(0...w), depth = random.double(0...1)
        let y = horizon + (h - horizon) * depth * 0.9
        let size = (0.03 + 0.1 * depth) * h
        var leaf = Paint(Color(bytes: 50, 100, 40).jittered(0.08, using: &random))
        leaf.noiseAmount = 0.35
        leaf.noiseScale = 0.15
        leaf.noiseSeed = random.next()
        switch random.int(0...3) {
        case 0:
            for _ in 0..<4 {
                painter.ellipse(
                    x + random.double(-1...1) * size, y - random.double(0...0.8) * size,
                    size * random.double(0.5...0.9), size * random.double(0.4...0.7), leaf)
            }
        case 1:
            var stone = Paint(Color(bytes: 130, 125, 120).jittered(0.08, using: &random))
            stone.noiseAmount = 0.3
            stone.noiseSeed = random.next()
            painter.ellipse(x, y - size * 0.3, size * random.double(0.6...1.2), size * 0.45, stone)
        case 2:
            let trunk = Paint(Color(bytes: 95, 70, 45))
            painter.capsule(x, y, x, y - size * 3, size * 0.18, size * 0.12, trunk)
            for _ in 0..<5 {
                painter.ellipse(
                    x + random.double(-1...1) * size, y - size * random.double(2.8...4.2),
                    size * random.double(0.7...1.2), size * random.double(0.6...1), leaf)
            }
        default:
            let wood = Paint(Color(bytes: 140, 110, 80).jittered(0.06, using: &random))
            painter.capsule(x, y, x, y - size * 1.6, size * 0.1, size * 0.1, wood)
            painter.capsule(x - size * 2, y - size * 1.2, x + size * 2, y - size * 1.25, size * 0.07, size * 0.07, wood)
        }
    }

    /// A room: wallpaper or plain wall, a wooden or carpeted floor, furniture; returns the floor line.
    @discardableResult
    static func indoor(_ painter: inout Painter, _ random: inout SeededGenerator) -> Double {
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let floorY = h * random.double(0.45...0.8)
        let walls: [Color] = [
            Color(bytes: 225, 215, 195), Color(bytes: 180, 200, 210), Color(bytes: 210, 180, 170),
            Color(bytes: 200, 205, 185), Color(bytes: 240, 240, 235), Color(bytes: 120, 130, 150),
        ]
        let wall = random.pick(walls).jittered(0.04, using: &random)
        let floor = random.pick([
            Color(bytes: 150, 105, 65), Color(bytes: 185, 140, 95), Color(bytes: 110, 90, 80),
            Color(bytes: 160, 160, 150),
        ]).jittered(0.04, using: &random)
        let noiseSeed = random.next()
        let stripes = random.chance(0.5), period = Float(random.double(8...30))
        let plank = Float(random.double(12...30))
        painter.canvas.shade { x, y in
            let fx = Float(x), fy = Float(y)
            if Double(y) < floorY {
                var shade: Float = 0.92 + 0.1 * NoiseTile.fractal(fx * 0.02, fy * 0.02, seed: noiseSeed)
                if stripes { shade *= 0.94 + 0.06 * sin(fx / period * 2 * .pi) }
                return wall.scaled(shade * (0.85 + 0.15 * Float(Double(y) / floorY)))
            }
            let row = ((fy - Float(floorY)) / plank).rounded(.down)
            let grain = NoiseTile.fractal(fx * 0.01 + row * 7, fy * 0.3, seed: noiseSeed)
            let seam: Float = ((fy - Float(floorY)).truncatingRemainder(dividingBy: plank) < 1.2) ? 0.7 : 1
            return floor.scaled((0.8 + 0.35 * grain) * seam)
        }
        painter.capsule(0, floorY, w, floorY, 2, 2, Paint(wall.scaled(0.7), shading: 0))
        for _ in 0..<random.int(0...3) { furniture(&painter, &random, floorY: floorY) }
        return floorY
    }

    /// One random indoor prop: a sofa, cushion, rug, plant or picture frame.
    static func furniture(_ painter: inout Painter, _ random: inout SeededGenerator, floorY: Double) {
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let x = random.double(0...w), size = h * random.double(0.08...0.25)
        let fabric = Paint(Color(random.float(0.2...0.9), random.float(0.2...0.8), random.float(0.2...0.8)))
        switch random.int(0...4) {
        case 0:
            painter.ellipse(x, floorY - size * 0.3, size * 2, size * 0.6, fabric)
            painter.ellipse(x, floorY - size * 0.9, size * 1.8, size * 0.5, fabric.with(fabric.color.scaled(0.85)))
        case 1:
            painter.ellipse(x, floorY - size * 0.2, size * 0.6, size * 0.35, fabric)
        case 2:
            var rug = fabric
            rug.stripeAmount = 0.3
            rug.stripePeriod = 6
            rug.shading = 0
            painter.ellipse(x, floorY + (h - floorY) * 0.5, size * 2.5, (h - floorY) * 0.3, rug)
        case 3:
            painter.polygon(
                [
                    (x - size * 0.3, floorY), (x + size * 0.3, floorY), (x + size * 0.4, floorY - size * 0.6),
                    (x - size * 0.4, floorY - size * 0.6),
                ], Paint(Color(bytes: 170, 90, 60), shading: 0))
            for _ in 0..<6 {
                let a = random.double(-2.6 ... -0.5)
                painter.capsule(
                    x, floorY - size * 0.6, x + cos(a) * size * 1.2, floorY - size * 0.6 + sin(a) * size * 1.2,
                    size * 0.05, size * 0.12, Paint(Color(bytes: 60, 120, 50)))
            }
        default:
            let y = floorY * random.double(0.15...0.5)
            painter.polygon(
                [
                    (x - size, y - size * 0.7), (x + size, y - size * 0.7), (x + size, y + size * 0.7),
                    (x - size, y + size * 0.7),
                ], Paint(Color(bytes: 90, 70, 50), shading: 0))
            painter.polygon(
                [
                    (x - size * 0.85, y - size * 0.55), (x + size * 0.85, y - size * 0.55),
                    (x + size * 0.85, y + size * 0.55), (x - size * 0.85, y + size * 0.55),
                ],
                Paint(Color(random.float(0.3...0.9), random.float(0.3...0.9), random.float(0.3...0.9)), shading: 0))
        }
    }

    /// A near-white photo-studio sweep with a soft vignette (rock-paper-scissors style).
    static func studio(_ painter: inout Painter, _ random: inout SeededGenerator, tint: Color? = nil) {
        let base = tint ?? Color(random.float(0.9...1), random.float(0.9...1), random.float(0.9...1))
        let w = Float(painter.canvas.width), h = Float(painter.canvas.height)
        let cx = Float(random.double(0.3...0.7)) * w, cy = Float(random.double(0.3...0.7)) * h
        let falloff = random.float(0.05...0.2)
        painter.canvas.shade { x, y in
            let dx = (Float(x) - cx) / w, dy = (Float(y) - cy) / h
            return base.scaled(1 - falloff * (dx * dx + dy * dy) * 2)
        }
    }
}
