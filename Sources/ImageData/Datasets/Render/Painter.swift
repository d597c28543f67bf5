import Foundation

/// Draws a figure defined in its own units onto a canvas through a similarity transform
/// (scale, rotation, optional mirror, translation), so one figure definition serves every pose,
/// size, direction and position.
struct Painter {
    var canvas: Canvas
    var scale: Double = 1
    var angle: Double = 0
    var mirrored = false
    var originX: Double = 0
    var originY: Double = 0

    init(canvas: Canvas) { self.canvas = canvas }

    /// Canvas coordinates of the figure point `(x, y)`.
    func point(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        let mx = mirrored ? -x : x
        let c = cos(angle), s = sin(angle)
        return (originX + scale * (mx * c - y * s), originY + scale * (mx * s + y * c))
    }

    /// A figure-space direction angle in canvas space.
    func direction(_ a: Double) -> Double { (mirrored ? .pi - a : a) + angle }

    mutating func ellipse(_ x: Double, _ y: Double, _ rx: Double, _ ry: Double, angle a: Double = 0, _ paint: Paint) {
        let p = point(x, y)
        canvas.fill(.ellipse(cx: p.x, cy: p.y, rx: max(0.3, rx * scale), ry: max(0.3, ry * scale), angle: direction(a)), paint)
    }

    mutating func capsule(
        _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ ra: Double, _ rb: Double, _ paint: Paint,
        softness: Double = 1
    ) {
        let a = point(ax, ay), b = point(bx, by)
        canvas.fill(
            .capsule(ax: a.x, ay: a.y, bx: b.x, by: b.y, ra: max(0.25, ra * scale), rb: max(0.25, rb * scale)), paint,
            softness: softness)
    }

    mutating func polygon(_ points: [(Double, Double)], _ paint: Paint) {
        canvas.fill(.polygon(points.map { point($0.0, $0.1) }), paint)
    }

    /// A soft dark ellipse under the figure (contact shadow).
    mutating func shadow(_ x: Double, _ y: Double, _ rx: Double, _ ry: Double, strength: Float = 0.35) {
        var paint = Paint(Color(0, 0, 0), shading: 0)
        paint.opacity = strength
        let p = point(x, y)
        canvas.fill(.ellipse(cx: p.x, cy: p.y, rx: rx * scale, ry: ry * scale, angle: angle), paint, softness: max(2, ry * scale * 0.8))
    }

    /// A jointed limb: from `(x, y)` along the given segment angles (radians, 0 = +x, π/2 = down)
    /// and lengths, tapering through `radii` (one more than segments). Returns the end point.
    @discardableResult
    mutating func limb(from x: Double, _ y: Double, angles: [Double], lengths: [Double], radii: [Double], _ paint: Paint) -> (Double, Double) {
        var (px, py) = (x, y)
        for i in 0..<angles.count {
            let nx = px + cos(angles[i]) * lengths[i], ny = py + sin(angles[i]) * lengths[i]
            capsule(px, py, nx, ny, radii[i], radii[i + 1], paint)
            (px, py) = (nx, ny)
        }
        return (px, py)
    }
}
