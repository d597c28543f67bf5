/// CPython's "Did you mean" candidate: the closest name by a weighted Levenshtein distance,
/// within CPython's limit of (len(a) + len(b) + 3) * 2 / 6 (case changes cost less).
func suggestion(for name: String, among candidates: [String]) -> String? {
    guard !name.isEmpty, name.count < 40 else { return nil }
    let target = Array(name.utf8)
    var best: (String, Int)? = nil
    for candidate in Set(candidates) where candidate != name && candidate.count < 40 {
        let c = Array(candidate.utf8)
        let maxCost = (target.count + c.count + 3) * 2 / 6
        let d = levenshtein(target, c, limit: maxCost)
        guard d <= maxCost else { continue }
        if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
    }
    return best?.0
}

/// Edit distance where a substitution costs 2, a case-only change 1, insert/delete 2.
private func levenshtein(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if a.isEmpty { return b.count * 2 }
    if b.isEmpty { return a.count * 2 }
    var previous = Array(stride(from: 0, through: b.count * 2, by: 2))
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i * 2
        var rowMin = current[0]
        for j in 1...b.count {
            let x = a[i - 1], y = b[j - 1]
            let substitution = x == y ? 0 : (x | 0x20 == y | 0x20 && (x | 0x20) >= 97 && (x | 0x20) <= 122 ? 1 : 2)
            current[j] = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution)
            rowMin = min(rowMin, current[j])
        }
        if rowMin > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return previous[b.count]
}
