#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Draws one `LineSeries`: an anti-aliased (optionally dashed) polyline clipped to the axes, then
/// its markers, each composited once so overlaps don't darken.
struct LineRasterizer {
    let series: LineSeries
    let geometry: AxesGeometry
    let metrics: RasterMetrics

    func draw(into image: inout RasterImage) {
        let fractions = zip(series.x, series.y).map { (geometry.limits.fractionX($0.0), geometry.limits.fractionDown($0.1)) }
        let toPixel = { (f: (Double, Double)) -> (Double, Double) in
            (geometry.box.left + f.0 * geometry.box.width, geometry.box.top + f.1 * geometry.box.height)
        }
        if series.lineStyle != .none {
            var mask = geometry.mask()
            let halfWidth = metrics.pixels(points: series.lineWidth) / 2
            let dashes = series.lineStyle.dashPattern.map { metrics.pixels(points: $0 * series.lineWidth) }
            var dasher = Dasher(pattern: dashes)
            for (a, b) in zip(fractions, fractions.dropFirst()) {
                guard let (p, q) = clipToUnitSquare(a, b) else { continue }
                for (start, end) in dasher.pieces(from: toPixel(p), to: toPixel(q)) {
                    mask.segment(from: start, to: end, halfWidth: halfWidth)
                }
            }
            image.composite(mask, color: series.color)
        }
        guard let marker = series.marker else { return }
        var mask = geometry.mask()
        let size = metrics.pixels(points: series.markerSize)
        for f in fractions where f.0.isFinite && f.1.isFinite && (0...1).contains(f.0) && (0...1).contains(f.1) {
            MarkerShape.stamp(marker, at: toPixel(f), size: size, into: &mask)
        }
        image.composite(mask, color: series.color)
    }
}

/// Splits segments of a polyline into the "on" pieces of a dash pattern, carrying the phase
/// from one segment to the next.
struct Dasher {
    let pattern: [Double]
    private var index = 0
    private var remaining: Double

    init(pattern: [Double]) {
        self.pattern = pattern.allSatisfy { $0 > 0 } ? pattern : []
        remaining = self.pattern.first ?? .infinity
    }

    mutating func pieces(from start: (Double, Double), to end: (Double, Double)) -> [((Double, Double), (Double, Double))] {
        guard !pattern.isEmpty else { return [(start, end)] }
        let dx = end.0 - start.0
        let dy = end.1 - start.1
        let length = (dx * dx + dy * dy).squareRoot()
        var pieces: [((Double, Double), (Double, Double))] = []
        var position = 0.0
        while position < length {
            let step = min(remaining, length - position)
            if index % 2 == 0 {
                let a = position / length
                let b = (position + step) / length
                pieces.append(((start.0 + dx * a, start.1 + dy * a), (start.0 + dx * b, start.1 + dy * b)))
            }
            position += step
            remaining -= step
            if remaining <= 1e-9 {
                index = (index + 1) % pattern.count
                remaining = pattern[index]
            }
        }
        return pieces
    }
}

/// Marker outlines stamped into a coverage mask, sized like matplotlib's (`size` = marker size in pixels).
enum MarkerShape {
    static func stamp(_ marker: MarkerStyle, at c: (Double, Double), size: Double, into mask: inout CoverageMask) {
        let r = size / 2
        let thin = max(0.5, size / 12)
        func regular(_ sides: Int, radius: Double, rotation: Double) -> [(Double, Double)] {
            (0..<sides).map { k in
                let angle = rotation + Double(k) * 2 * Double.pi / Double(sides)
                return (c.0 + radius * cos(angle), c.1 - radius * sin(angle))
            }
        }
        switch marker {
        case .circle: mask.disc(center: c, radius: r)
        case .point: mask.disc(center: c, radius: r / 2)
        case .pixel: mask.square(center: c, radius: 0.5)
        case .square: mask.square(center: c, radius: r * 0.85)
        case .triangleUp: mask.polygon(regular(3, radius: r, rotation: Double.pi / 2))
        case .triangleDown: mask.polygon(regular(3, radius: r, rotation: -Double.pi / 2))
        case .triangleLeft: mask.polygon(regular(3, radius: r, rotation: Double.pi))
        case .triangleRight: mask.polygon(regular(3, radius: r, rotation: 0))
        case .diamond: mask.polygon(regular(4, radius: r, rotation: 0))
        case .thinDiamond: mask.polygon([(c.0, c.1 - r), (c.0 + r * 0.6, c.1), (c.0, c.1 + r), (c.0 - r * 0.6, c.1)])
        case .pentagon: mask.polygon(regular(5, radius: r, rotation: Double.pi / 2))
        case .hexagon, .hexagon2: mask.polygon(regular(6, radius: r, rotation: Double.pi / 2))
        case .octagon: mask.polygon(regular(8, radius: r, rotation: Double.pi / 8))
        case .star:
            let outer = regular(5, radius: r, rotation: Double.pi / 2)
            let inner = regular(5, radius: r * 0.4, rotation: Double.pi / 2 + Double.pi / 5)
            mask.polygon(zip(outer, inner).flatMap { [$0, $1] })
        case .plus, .plusFilled:
            let width = marker == .plus ? thin : r / 3
            mask.segment(from: (c.0 - r, c.1), to: (c.0 + r, c.1), halfWidth: width)
            mask.segment(from: (c.0, c.1 - r), to: (c.0, c.1 + r), halfWidth: width)
        case .x, .xFilled:
            let width = marker == .x ? thin : r / 3
            let d = r * 0.75
            mask.segment(from: (c.0 - d, c.1 - d), to: (c.0 + d, c.1 + d), halfWidth: width)
            mask.segment(from: (c.0 - d, c.1 + d), to: (c.0 + d, c.1 - d), halfWidth: width)
        case .verticalLine: mask.segment(from: (c.0, c.1 - r), to: (c.0, c.1 + r), halfWidth: thin)
        case .horizontalLine: mask.segment(from: (c.0 - r, c.1), to: (c.0 + r, c.1), halfWidth: thin)
        case .triDown, .triUp, .triLeft, .triRight:
            let start: [MarkerStyle: Double] = [.triDown: -Double.pi / 2, .triUp: Double.pi / 2, .triLeft: Double.pi, .triRight: 0]
            for tip in regular(3, radius: r, rotation: start[marker] ?? 0) { mask.segment(from: c, to: tip, halfWidth: thin) }
        }
    }
}
