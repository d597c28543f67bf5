import Foundation
import Tensors

func scratchElementwise() {
    let n = 10_000_000
    let a = UnsafeMutablePointer<Float>.allocate(capacity: n); a.initialize(repeating: 1, count: n)
    let b = UnsafeMutablePointer<Float>.allocate(capacity: n); b.initialize(repeating: 2, count: n)
    let c = UnsafeMutablePointer<Float>.allocate(capacity: n); c.initialize(repeating: 0, count: n)
    nonisolated(unsafe) let pa = a, pb = b, pc = c
    for threads in [1, 2] {
        let t = bestTime(repeats: 10) {
            DispatchQueue.concurrentPerform(iterations: threads) { k in
                let per = n / threads
                let lo = k * per
                for i in lo..<(lo + per) { pc[i] = pa[i] + pb[i] }
            }
        }
        report("raw_add_\(threads)t_gbytes_per_s", 12 * Double(n) / t / 1e9)
    }
    let t = bestTime(repeats: 10) { memcpy(pc, pa, n * 4) }
    report("memcpy_gbytes_per_s", 8 * Double(n) / t / 1e9)
}
func scratchAlloc() {
    let n = 10_000_000
    let t = bestTime(repeats: 10) { _ = Tensor.full([n], value: 1) }
    report("full_gbytes_per_s", 4 * Double(n) / t / 1e9)
}
