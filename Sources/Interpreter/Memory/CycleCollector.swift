#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@_silgen_name("swift_retainCount")
private func retainCount(_ object: UnsafeMutableRawPointer) -> Int

/// The cycle collector of one interpreter: it tracks the objects created while that interpreter
/// runs and frees those that only reference cycles keep alive, as CPython's `gc` does.
///
/// Reference counting (Swift's) frees everything else at once, as CPython's does. A collection
/// finds garbage the way CPython does, with no list of roots: for each object it examines it
/// subtracts, from the object's reference count, the references the other examined objects
/// hold. What is left over is held from outside — a global slot, a Swift variable, a running
/// frame, an older object — so the object and everything it reaches is alive. The rest is
/// unreachable: its references are cleared, which breaks the cycles, and Swift frees it.
///
/// Two generations keep collections cheap, as CPython's do: when 700 more objects were created
/// than freed, the young ones alone are examined and the survivors become old; all objects are examined when the old
/// generation has grown by a quarter, after 8 MB of new array memory (a cycle may hold a large
/// array), on `gc.collect()`, and when the interpreter is dropped. Objects belong to the heap of
/// the interpreter running on the thread that created them.
public final class CycleCollector {
    private unowned(unsafe) var youngHead: Collectable?
    private unowned(unsafe) var oldHead: Collectable?
    /// Tracked objects alive now.
    public private(set) var trackedCount = 0
    private var oldCount = 0
    private var promotedSinceFullCollection = 0
    private var allocationsSinceCollection = 0
    private var bytesSinceCollection = 0
    private let requestPoll: () -> Void
    /// False after `gc.disable()`: automatic collections stop, `gc.collect()` still works.
    public var isEnabled = true
    /// Collections run so far, young and full.
    public private(set) var collections = 0

    /// New objects between automatic collections (CPython's first-generation threshold).
    static let allocationThreshold = 700
    /// Native memory (array data) allocated between automatic full collections, at the most.
    static let byteThreshold = 8 << 20

    /// A heap that calls `requestPoll` when a collection is due, so the interpreter runs it at
    /// its next step.
    init(requestPoll: @escaping () -> Void) { self.requestPoll = requestPoll }

    /// True when enough was allocated since the last collection.
    var isCollectionDue: Bool {
        isEnabled && (allocationsSinceCollection >= Self.allocationThreshold || bytesSinceCollection >= Self.byteThreshold)
    }

    func insert(_ object: Collectable) {
        guard object.collector == nil else { return }
        object.collector = self
        pushYoung(object)
        trackedCount &+= 1
        allocationsSinceCollection &+= 1
        if allocationsSinceCollection == Self.allocationThreshold { requestPoll() }
    }

    func remove(_ object: Collectable) {
        if let previous = object.collectorPrevious {
            previous.collectorNext = object.collectorNext
        } else if object.collectorIsOld {
            oldHead = object.collectorNext
        } else {
            youngHead = object.collectorNext
        }
        object.collectorNext?.collectorPrevious = object.collectorPrevious
        // As CPython counts its first generation: objects created and freed between two
        // collections (temporaries, bound methods) bring the next collection no nearer.
        if object.collectorIsOld { oldCount &-= 1 } else if allocationsSinceCollection > 0 { allocationsSinceCollection &-= 1 }
        object.collectorPrevious = nil
        object.collectorNext = nil
        object.collector = nil
        trackedCount &-= 1
    }

    /// Counts `bytes` of native memory (NumPy array data, fitted weights) towards the next full
    /// collection: a cycle holding a large array must not wait for hundreds of small objects.
    public static func noteNativeAllocation(bytes: Int) {
        guard let heap = current else { return }
        let before = heap.bytesSinceCollection
        heap.bytesSinceCollection &+= bytes
        if before < byteThreshold, heap.bytesSinceCollection >= byteThreshold { heap.requestPoll() }
    }

    /// Runs the collection that is due: the young generation, or all objects when the old
    /// generation grew by a quarter (and by at least ``fullCollectionPromotions``) or much array
    /// memory was allocated.
    func collectDue() {
        let full =
            bytesSinceCollection >= Self.byteThreshold
            || promotedSinceFullCollection > max(Self.fullCollectionPromotions, oldCount / 4)
        collect(youngOnly: !full)
    }

    /// Promotions between full collections, at the least. Objects that outlive one young
    /// collection and die soon after (a list of recent results) keep the old generation small;
    /// without this floor every other collection was a full one (an object-heavy loop ran 33%
    /// slower than with no collector; CPython's middle generation plays this part).
    static let fullCollectionPromotions = 10_000

    /// Finds and frees unreachable cycles among all objects; returns how many objects were
    /// found unreachable.
    ///
    /// `heldByCaller` lists, once per reference, objects that whoever collects (an interpreter
    /// being dropped) holds but should not keep alive; the list's own references are allowed for.
    @discardableResult
    public func collect(heldByCaller: [Collectable] = []) -> Int {
        collect(youngOnly: false, heldByCaller: heldByCaller)
    }

    @discardableResult
    private func collect(youngOnly: Bool, heldByCaller: [Collectable] = []) -> Int {
        collections += 1
        allocationsSinceCollection = 0
        if !youngOnly {
            bytesSinceCollection = 0
            promotedSinceFullCollection = 0
        }
        var objects: [Unmanaged<Collectable>] = []
        objects.reserveCapacity(youngOnly ? trackedCount - oldCount : trackedCount)
        for head in youngOnly ? [youngHead] : [youngHead, oldHead] {
            var node = head
            while let o = node {
                objects.append(Unmanaged.passUnretained(o))
                node = o.collectorNext
            }
        }
        // Reference counts first, before anything below takes a temporary reference.
        for o in objects { o._withUnsafeGuaranteedRef { $0.collectorCount = retainCount(o.toOpaque()) } }
        for o in heldByCaller where o.collector === self { o.collectorCount -= 2 }
        var subtract = ReferenceVisitor(self, youngOnly: youngOnly) { $0.collectorCount -= 1 }
        for o in objects { o._withUnsafeGuaranteedRef { $0.visitReferences(&subtract) } }

        // What is held from outside is alive, and so is everything it reaches.
        let alive = Int.min
        var stack: [Collectable] = []
        for o in objects { o._withUnsafeGuaranteedRef { if $0.collectorCount > 0 { $0.collectorCount = alive; stack.append($0) } } }
        var mark = ReferenceVisitor(self, youngOnly: youngOnly) { child in
            if child.collectorCount != alive { child.collectorCount = alive; stack.append(child) }
        }
        while let o = stack.popLast() { o.visitReferences(&mark) }

        var garbage: [Collectable] = []
        for o in objects {
            o._withUnsafeGuaranteedRef {
                if $0.collectorCount != alive { garbage.append($0) }
                $0.collectorCount = 0
            }
        }
        for o in garbage { o.clearReferences() }
        let found = garbage.count
        garbage.removeAll()
        promoteYoung()
        return found
    }

    private func pushYoung(_ object: Collectable) {
        object.collectorIsOld = false
        object.collectorPrevious = nil
        object.collectorNext = youngHead
        youngHead?.collectorPrevious = object
        youngHead = object
    }

    /// Moves every young object to the old generation, whose list it then heads.
    private func promoteYoung() {
        guard let first = youngHead else { return }
        var last = first
        var count = 1
        first.collectorIsOld = true
        while let next = last.collectorNext {
            next.collectorIsOld = true
            last = next
            count += 1
        }
        last.collectorNext = oldHead
        oldHead?.collectorPrevious = last
        oldHead = first
        youngHead = nil
        oldCount &+= count
        promotedSinceFullCollection &+= count
    }

    /// Stops tracking every object: for a heap whose interpreter is gone.
    func detachAll() {
        while let o = youngHead ?? oldHead { remove(o) }
    }

    // MARK: the heap of the running thread

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The heap new objects join on this thread, if an interpreter is running here.
    static var current: CycleCollector? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<CycleCollector>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Runs `body` with `heap` as this thread's heap, restoring the previous one after.
    static func withCurrent<T>(_ heap: CycleCollector, _ body: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(heap).toOpaque())
        defer { pthread_setspecific(key, previous) }
        return try body()
    }
}
