import Synchronization
import Testing
@testable import Tensors

/// Counts how often each part ran.
private final class PartCounts: Sendable {
    private let counts: Mutex<[Int]>
    init(_ parts: Int) { counts = Mutex(Array(repeating: 0, count: parts)) }
    func record(_ part: Int) { counts.withLock { $0[part] += 1 } }
    var values: [Int] { counts.withLock { $0 } }
}

@Test(arguments: [2, 3, 8, 100])
func workerPoolRunsEveryPartOnce(parts: Int) {
    for _ in 0..<50 {
        let counts = PartCounts(parts)
        WorkerPool.shared.run(parts: parts) { counts.record($0) }
        #expect(counts.values == Array(repeating: 1, count: parts))
    }
}

/// A region started inside a part (as a kernel calling a parallel op would) runs serially
/// instead of waiting for the pool it is running on.
@Test func workerPoolRunsNestedRegionsSerially() {
    let outer = PartCounts(4), inner = PartCounts(4 * 3)
    WorkerPool.shared.run(parts: 4) { part in
        outer.record(part)
        WorkerPool.shared.run(parts: 3) { inner.record(part * 3 + $0) }
    }
    #expect(outer.values == Array(repeating: 1, count: 4))
    #expect(inner.values == Array(repeating: 1, count: 12))
}

/// Regions started from several threads at once all complete, each part once.
@Test func workerPoolServesConcurrentCallers() async {
    let counts = PartCounts(8 * 16)
    await withTaskGroup(of: Void.self) { group in
        for caller in 0..<8 {
            group.addTask {
                for _ in 0..<20 {
                    let region = PartCounts(16)
                    WorkerPool.shared.run(parts: 16) { region.record($0) }
                    for (part, count) in region.values.enumerated() where count == 1 { counts.record(caller * 16 + part) }
                }
            }
        }
    }
    #expect(counts.values == Array(repeating: 20, count: 8 * 16))
}
