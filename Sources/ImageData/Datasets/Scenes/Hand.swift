import Foundation

/// A hand seen from above, in palm units (palm centre at the origin, fingers towards -y, wrist
/// towards +y): each finger is three phalanges whose flexion folds them towards the viewer, so a
/// curled finger shows as a short stub over the palm, as in a photo of a fist.
struct Hand {
    struct Finger {
        var baseX: Double
        var baseY: Double
        var spread: Double
        var length: Double
        var radius: Double
        var flexion: [Double]
    }

    enum Pose: CaseIterable { case rock, paper, scissors }

    var skin = Color(bytes: 225, 180, 145)
    var sleeve: Color?
    var fingers: [Finger] = []
    var thumb = Finger(baseX: 0.36, baseY: 0.12, spread: 0.9, length: 0.62, radius: 0.125, flexion: [0.1, 0.1])
    var showsPalm = true

    /// A hand in `pose`, with `looseness` (0...1) of random variation in spread and curl.
    init(pose: Pose, looseness: Double, using random: inout SeededGenerator) {
        let bases: [(Double, Double, Double, Double)] = [
            (-0.29, -0.36, 0.72, 0.105), (-0.1, -0.44, 0.8, 0.11),
            (0.1, -0.42, 0.75, 0.105), (0.28, -0.33, 0.6, 0.092),
        ]
        func jitter(_ amount: Double) -> Double { random.double(-amount...amount) * looseness }
        let curled = { (random: inout SeededGenerator) -> [Double] in
            [random.double(1.3...1.65), random.double(1.4...1.7), random.double(0.9...1.3)]
        }
        for (index, base) in bases.enumerated() {
            var finger = Finger(
                baseX: -base.0, baseY: base.1, spread: 0, length: base.2 * random.double(0.92...1.08),
                radius: base.3, flexion: [0, 0, 0])
            let open = [random.double(0...0.25), random.double(0...0.2), random.double(0...0.15)]
            switch pose {
            case .paper:
                finger.spread = Double(index) * -0.12 + 0.16 + jitter(0.12)
                finger.flexion = open
            case .rock:
                finger.spread = jitter(0.08)
                finger.flexion = curled(&random)
            case .scissors:
                if index < 2 {
                    finger.spread = index == 0 ? 0.22 + jitter(0.12) : -0.14 + jitter(0.1)
                    finger.flexion = open
                } else {
                    finger.spread = jitter(0.08)
                    finger.flexion = curled(&random)
                }
            }
            fingers.append(finger)
        }
        switch pose {
        case .paper:
            thumb.spread = -random.double(0.7...1.2)
            thumb.flexion = [random.double(0...0.2), random.double(0...0.3)]
        case .rock, .scissors:
            thumb = Finger(
                baseX: -0.38, baseY: 0.05, spread: -random.double(1.9...2.4), length: 0.55, radius: 0.125,
                flexion: [random.double(0.2...0.5), random.double(0.3...0.7)])
        }
        thumb.baseX = pose == .paper ? -0.38 : -0.36
        showsPalm = random.chance(0.5)
    }

    func draw(_ painter: inout Painter) {
        let skinPaint = Paint(skin, shading: 0.65)
        let crease = Paint(skin.scaled(0.78), shading: 0)
        painter.capsule(0, 0.5, 0, 6, 0.3, 0.4, skinPaint)
        if let sleeve {
            painter.capsule(0, 1.5, 0, 6, 0.4, 0.46, Paint(sleeve, shading: 0.6))
        }
        let straight = fingers.filter { $0.flexion[0] < 1 }, bent = fingers.filter { $0.flexion[0] >= 1 }
        for finger in straight { drawFinger(finger, &painter, skinPaint) }
        if thumb.spread > -1.5 { drawFinger(thumb, &painter, skinPaint) }
        painter.polygon(
            [
                (-0.42, -0.3), (-0.3, -0.48), (0.3, -0.45), (0.42, -0.28), (0.38, 0.35), (0.2, 0.55),
                (-0.2, 0.55), (-0.4, 0.35),
            ], Paint(skin.scaled(0.97), shading: 0))
        painter.ellipse(0, 0, 0.42, 0.48, skinPaint)
        if showsPalm {
            painter.capsule(-0.3, -0.2, 0.15, -0.25, 0.012, 0.01, crease)
            painter.capsule(-0.32, -0.05, 0.25, 0.05, 0.012, 0.01, crease)
            painter.capsule(0.2, 0.35, 0.3, -0.15, 0.01, 0.01, crease)
        }
        for finger in bent { drawFinger(finger, &painter, skinPaint.with(skin.scaled(0.95))) }
        if thumb.spread <= -1.5 { drawFinger(thumb, &painter, skinPaint.with(skin.scaled(1.03))) }
    }

    private func drawFinger(_ finger: Finger, _ painter: inout Painter, _ paint: Paint) {
        let proportions = finger.flexion.count == 3 ? [0.45, 0.3, 0.25] : [0.55, 0.45]
        var x = finger.baseX, y = finger.baseY
        var bend = 0.0
        let direction = -Double.pi / 2 + finger.spread
        for (k, flex) in finger.flexion.enumerated() {
            bend += flex
            let projected = finger.length * proportions[k] * cos(bend)
            let nx = x + cos(direction) * projected, ny = y + sin(direction) * projected
            let r0 = finger.radius * (1 - 0.08 * Double(k)), r1 = finger.radius * (1 - 0.08 * Double(k + 1))
            let facing = bend > .pi / 2 ? paint.with(paint.color.scaled(0.9)) : paint
            painter.capsule(x, y, nx, ny, r0 * (bend > 1 ? 1.1 : 1), r1 * (bend > 1 ? 1.1 : 1), facing)
            x = nx
            y = ny
        }
        if !showsPalm && bend < 1 {
            painter.ellipse(
                x - cos(direction) * finger.radius * 0.5, y - sin(direction) * finger.radius * 0.5,
                finger.radius * 0.6, finger.radius * 0.75, angle: direction + .pi / 2,
                Paint(skin.mixed(with: Color(1, 0.9, 0.9), 0.35), shading: 0.4))
        }
    }
}
