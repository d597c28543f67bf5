import Foundation

/// A four-legged animal seen from the side, facing +x, in body units (body half-length 1, feet on
/// `y = groundY`): proportions pick the species, the pose picks gait, head and tail.
struct Quadruped {
    enum Ears { case pointed, floppy, rounded }

    var bodyRadius = (x: 1.0, y: 0.38)
    var legLength = 1.1
    var legThickness = 0.13
    var neckLength = 0.9
    var neckThickness = 0.28
    var neckAngle = -1.0
    var headLength = 0.65
    var headThickness = 0.2
    var headPitch = 0.8
    var ears = Ears.pointed
    var earSize = 0.16
    var tailLength = 0.9
    var tailThickness = 0.09
    /// -1: tucked down, 0: hanging, 1: raised and curled up.
    var tailLift = 0.0
    var mane = false
    var hooves = false
    var whiskers = false
    var gaitPhase = 0.0
    var stride = 0.35
    var bodyTilt = 0.0
    var coat = Paint(Color(bytes: 120, 75, 40))
    var dark = Color(bytes: 40, 30, 25)
    var eyeColor = Color(bytes: 20, 15, 10)

    /// The y of the feet below the body centre.
    var groundY: Double { bodyRadius.y * 0.4 + legLength }

    /// Draws the animal with its origin at the painter's origin.
    func draw(_ painter: inout Painter) {
        let farCoat = coat.with(coat.color.scaled(0.72))
        let front = bodyRadius.x * 0.68, hind = -bodyRadius.x * 0.7
        let hip = bodyRadius.y * 0.4
        let tilt = bodyTilt
        func rotate(_ x: Double, _ y: Double) -> (Double, Double) {
            (x * cos(tilt) - y * sin(tilt), x * sin(tilt) + y * cos(tilt))
        }
        drawTail(&painter, from: rotate(-bodyRadius.x * 0.95, -bodyRadius.y * 0.5))
        for (index, (x, phase)) in [(front, gaitPhase + .pi), (hind, gaitPhase)].enumerated() {
            let (ax, ay) = rotate(x, hip)
            drawLeg(&painter, ax, ay, phase: phase + (index == 0 ? 0.4 : -0.4), farCoat)
        }
        let (cx, cy) = rotate(0, 0)
        painter.ellipse(cx, cy, bodyRadius.x, bodyRadius.y, angle: tilt, coat)
        let (chestX, chestY) = rotate(front, 0.02)
        painter.ellipse(chestX, chestY, bodyRadius.y * 1.0, bodyRadius.y * 1.05, coat)
        let (rumpX, rumpY) = rotate(hind, -0.03)
        painter.ellipse(rumpX, rumpY, bodyRadius.y * 1.1, bodyRadius.y * 1.1, coat)
        for (x, phase) in [(front, gaitPhase), (hind, gaitPhase + .pi)] {
            let (ax, ay) = rotate(x, hip)
            drawLeg(&painter, ax, ay, phase: phase, coat)
        }
        drawNeckAndHead(&painter, from: rotate(front * 1.1, -bodyRadius.y * 0.45))
    }

    private func drawLeg(_ painter: inout Painter, _ x: Double, _ y: Double, phase: Double, _ paint: Paint) {
        let swing = stride * sin(phase)
        let bend = max(0, stride * 1.6 * cos(phase))
        let upper = legLength * 0.5, lower = legLength * 0.5
        let end = painter.limb(
            from: x, y, angles: [.pi / 2 + swing, .pi / 2 + swing - bend],
            lengths: [upper, lower],
            radii: [legThickness * 1.3, legThickness * 0.8, legThickness * 0.65], paint)
        if hooves {
            painter.ellipse(end.0, end.1, legThickness * 0.8, legThickness * 0.5, Paint(dark, shading: 0.5))
        } else {
            painter.ellipse(end.0 + legThickness * 0.4, end.1, legThickness * 1.0, legThickness * 0.55, paint)
        }
    }

    private func drawTail(_ painter: inout Painter, from start: (Double, Double)) {
        let lift = tailLift
        let angles = [.pi - 0.6 + lift * 1.2, .pi / 2 + 0.3 + lift * 1.9, .pi / 2 + 0.1 + lift * 2.2]
        let tailPaint = mane ? Paint(dark, shading: 0.5) : coat
        let bushy = mane ? 1.3 : 0.85
        painter.limb(
            from: start.0, start.1, angles: angles, lengths: [tailLength * 0.35, tailLength * 0.35, tailLength * 0.3],
            radii: [tailThickness, tailThickness * bushy, tailThickness * bushy * 0.9, tailThickness * 0.5], tailPaint)
    }

    private func drawNeckAndHead(_ painter: inout Painter, from start: (Double, Double)) {
        let (sx, sy) = start
        let nx = sx + cos(neckAngle) * neckLength, ny = sy + sin(neckAngle) * neckLength
        painter.capsule(sx, sy, nx, ny, neckThickness, neckThickness * 0.65, coat)
        if mane {
            var manePaint = Paint(dark, shading: 0.4)
            manePaint.noiseAmount = 0.4
            manePaint.noiseScale = 0.3
            let back = neckAngle - .pi / 2
            let ox = cos(back) * neckThickness * 0.55, oy = sin(back) * neckThickness * 0.55
            painter.capsule(sx + ox * 1.2, sy + oy * 1.2, nx + ox, ny + oy, neckThickness * 0.35, neckThickness * 0.25, manePaint)
        }
        let headAngle = neckAngle + headPitch + .pi / 2 * 0.6
        let hx = nx + cos(headAngle) * headLength, hy = ny + sin(headAngle) * headLength
        drawEars(&painter, at: (nx, ny), facing: headAngle)
        painter.capsule(nx, ny, hx, hy, headThickness, headThickness * 0.62, coat)
        let eyeX = nx + cos(headAngle) * headLength * 0.25 + cos(headAngle - .pi / 2) * headThickness * 0.35
        let eyeY = ny + sin(headAngle) * headLength * 0.25 + sin(headAngle - .pi / 2) * headThickness * 0.35
        painter.ellipse(eyeX, eyeY, headThickness * 0.16, headThickness * 0.13, Paint(eyeColor, shading: 0.3))
        painter.ellipse(hx, hy, headThickness * 0.22, headThickness * 0.18, Paint(dark, shading: 0.5))
        if whiskers {
            let whisker = Paint(Color(0.92, 0.92, 0.9), shading: 0)
            for k in -1...1 {
                let a = headAngle + Double(k) * 0.25 + 0.2
                painter.capsule(hx, hy, hx + cos(a) * headLength * 0.8, hy + sin(a) * headLength * 0.8, 0.008, 0.004, whisker)
            }
        }
    }

    private func drawEars(_ painter: inout Painter, at point: (Double, Double), facing headAngle: Double) {
        let (x, y) = point
        let up = headAngle - .pi / 2 - 0.5
        switch ears {
        case .pointed:
            let tip = (x + cos(up) * earSize * 2.2, y + sin(up) * earSize * 2.2)
            let side = up + .pi / 2
            painter.polygon(
                [
                    (x + cos(side) * earSize * 0.7, y + sin(side) * earSize * 0.7), tip,
                    (x - cos(side) * earSize * 0.7, y - sin(side) * earSize * 0.7),
                ], coat.with(coat.color.scaled(0.85)))
        case .rounded:
            painter.capsule(x, y, x + cos(up) * earSize * 1.3, y + sin(up) * earSize * 1.3, earSize * 0.7, earSize * 0.55, coat)
        case .floppy:
            let down = headAngle + 1.4
            painter.capsule(
                x, y, x + cos(down) * earSize * 2.2, y + sin(down) * earSize * 2.2, earSize * 0.6, earSize * 0.75,
                coat.with(coat.color.scaled(0.7)))
        }
    }
}
