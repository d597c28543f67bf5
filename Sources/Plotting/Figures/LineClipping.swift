/// Clips a segment in axes fractions to the unit square (Liang–Barsky); nil when it misses.
func clipToUnitSquare(_ a: (Double, Double), _ b: (Double, Double)) -> ((Double, Double), (Double, Double))? {
    guard a.0.isFinite, a.1.isFinite, b.0.isFinite, b.1.isFinite else { return nil }
    var t0 = 0.0
    var t1 = 1.0
    let d = (b.0 - a.0, b.1 - a.1)
    for (p, q) in [(-d.0, a.0), (d.0, 1 - a.0), (-d.1, a.1), (d.1, 1 - a.1)] {
        if p == 0 {
            if q < 0 { return nil }
        } else {
            let r = q / p
            if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
        }
    }
    guard t0 <= t1 else { return nil }
    return ((a.0 + t0 * d.0, a.1 + t0 * d.1), (a.0 + t1 * d.0, a.1 + t1 * d.1))
}
