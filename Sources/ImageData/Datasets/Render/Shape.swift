import Foundation

/// A filled 2-D shape for the renderer: a signed distance (negative inside, in pixels) and a
/// surface normal for shading, inside a bounding box.
enum Shape: Sendable {
    /// An ellipse centred at `(cx, cy)` with radii `rx`, `ry`, turned by the angle whose cosine
    /// and sine are given (precomputed: trigonometry per pixel was a tenth of rendering time).
    case rotatedEllipse(cx: Double, cy: Double, rx: Double, ry: Double, cos: Double, sin: Double)

    /// An ellipse turned by `angle` radians.
    static func ellipse(cx: Double, cy: Double, rx: Double, ry: Double, angle: Double) -> Shape {
        .rotatedEllipse(cx: cx, cy: cy, rx: rx, ry: ry, cos: Foundation.cos(angle), sin: Foundation.sin(angle))
    }
    /// A stroke from `a` to `b` whose radius tapers from `ra` to `rb`, with round ends.
    case capsule(ax: Double, ay: Double, bx: Double, by: Double, ra: Double, rb: Double)
    /// A closed polygon (any winding).
    case polygon([(x: Double, y: Double)])

    /// `(minX, minY, maxX, maxY)` enclosing the shape.
    var bounds: (Double, Double, Double, Double) {
        switch self {
        case let .rotatedEllipse(cx, cy, rx, ry, _, _):
            let r = max(rx, ry)
            return (cx - r, cy - r, cx + r, cy + r)
        case let .capsule(ax, ay, bx, by, ra, rb):
            return (min(ax - ra, bx - rb), min(ay - ra, by - rb), max(ax + ra, bx + rb), max(ay + ra, by + rb))
        case .polygon(let points):
            return (
                points.map(\.x).min() ?? 0, points.map(\.y).min() ?? 0,
                points.map(\.x).max() ?? 0, points.map(\.y).max() ?? 0
            )
        }
    }

    /// Signed distance at `(x, y)` and the unit surface normal `(nx, ny, nz)` seen from the viewer.
    @inline(__always)
    func evaluate(_ x: Double, _ y: Double) -> (distance: Double, nx: Double, ny: Double, nz: Double) {
        switch self {
        case let .rotatedEllipse(cx, cy, rx, ry, c, s):
            let dx = x - cx, dy = y - cy
            let u = dx * c + dy * s, v = -dx * s + dy * c
            let qu = u / rx, qv = v / ry
            let k = (qu * qu + qv * qv).squareRoot()
            let gradient = ((u / (rx * rx)) * (u / (rx * rx)) + (v / (ry * ry)) * (v / (ry * ry))).squareRoot()
            let distance = gradient > 1e-9 ? (k - 1) * k / gradient : -min(rx, ry)
            let nu = min(qu, 1), nv = min(qv, 1)
            let nz = (max(0, 1 - nu * nu - nv * nv)).squareRoot()
            return (distance, nu * c - nv * s, nu * s + nv * c, nz)
        case let .capsule(ax, ay, bx, by, ra, rb):
            let ex = bx - ax, ey = by - ay
            let lengthSquared = ex * ex + ey * ey
            let t = lengthSquared > 0 ? max(0, min(1, ((x - ax) * ex + (y - ay) * ey) / lengthSquared)) : 0
            let px = x - (ax + ex * t), py = y - (ay + ey * t)
            let r = ra + (rb - ra) * t
            let d = (px * px + py * py).squareRoot()
            let nx = r > 0 ? px / r : 0, ny = r > 0 ? py / r : 0
            return (d - r, nx, ny, (max(0, 1 - nx * nx - ny * ny)).squareRoot())
        case .polygon(let points):
            var best = Double.infinity
            var inside = false
            var j = points.count - 1
            for i in 0..<points.count {
                let (xi, yi) = points[i], (xj, yj) = points[j]
                let ex = xj - xi, ey = yj - yi
                let lengthSquared = ex * ex + ey * ey
                let t = lengthSquared > 0 ? max(0, min(1, ((x - xi) * ex + (y - yi) * ey) / lengthSquared)) : 0
                let dx = x - (xi + ex * t), dy = y - (yi + ey * t)
                best = min(best, dx * dx + dy * dy)
                if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi { inside.toggle() }
                j = i
            }
            let d = best.squareRoot()
            return (inside ? -d : d, 0, 0, 1)
        }
    }
}
