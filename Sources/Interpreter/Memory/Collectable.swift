/// Something that may hold Python references and so take part in a reference cycle: every
/// Python object, a module's globals, and a closure's cell.
///
/// A subclass that holds references calls ``trackForCollection()`` in its initializer, then
/// reports each strong reference it holds, once, in ``visitReferences(_:)``, and drops the ones
/// it can in ``clearReferences()``. A reference that is not reported only makes the collector
/// more careful: what it points to counts as reachable from outside.
///
///     final class Pair: PyObject {
///         var first: Value = .none, second: Value = .none
///         override init() { super.init(); trackForCollection() }
///         override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(first); visitor.visit(second) }
///         override func clearReferences() { first = .none; second = .none }
///     }
open class Collectable {
    // The intrusive list of the heap that tracks this object; `unowned(unsafe)` so that being
    // tracked adds nothing to the reference count the collector reads.
    unowned(unsafe) var collectorPrevious: Collectable?
    unowned(unsafe) var collectorNext: Collectable?
    unowned(unsafe) var collector: CycleCollector?
    /// True once the object survived a collection (CPython's older generation).
    var collectorIsOld = false
    /// Scratch for a collection: references from outside the tracked graph, then a mark.
    var collectorCount = 0

    /// Creates an object that the cycle collector does not see until it is tracked.
    public init() {}

    /// Lets the cycle collector of the interpreter running on this thread see this object;
    /// outside a run nothing is tracked (and nothing can be collected by mistake).
    public final func trackForCollection() {
        CycleCollector.current?.insert(self)
    }

    /// Calls the visitor once for every strong reference to a Python value this object holds.
    open func visitReferences(_ visitor: inout ReferenceVisitor) {}

    /// Drops the references this object holds, to break a cycle found unreachable.
    open func clearReferences() {}

    deinit {
        collector?.remove(self)
    }
}

/// Walks the references an object reports, handing each tracked object it finds to the
/// collector's current pass.
public struct ReferenceVisitor {
    unowned(unsafe) let heap: CycleCollector
    // A young collection examines young objects only: references to old ones are not followed.
    let youngOnly: Bool
    let body: (Collectable) -> Void
    // A tuple is a Swift array, shared (copy-on-write) by every value that holds it: its
    // elements are one set of references however many holders reach it.
    var tuplesSeen: Set<UnsafeRawPointer> = []

    init(_ heap: CycleCollector, youngOnly: Bool, _ body: @escaping (Collectable) -> Void) {
        self.heap = heap; self.youngOnly = youngOnly; self.body = body
    }

    /// Visits an object (or nothing).
    public mutating func visit(_ object: Collectable?) {
        // Objects of another interpreter's heap are outside this graph: reachable from outside.
        if let object, object.collector === heap, !(youngOnly && object.collectorIsOld) { body(object) }
    }

    /// Visits the references inside a value.
    public mutating func visit(_ value: Value) {
        switch value {
        case .list(let l): visit(l)
        case .dict(let d): visit(d)
        case .object(let o): visit(o)
        case .tuple(let items):
            guard !items.isEmpty else { return }
            let buffer = items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }
            guard tuplesSeen.insert(buffer).inserted else { return }
            for item in items { visit(item) }
        default: return
        }
    }

    /// Visits the references inside an optional value.
    public mutating func visit(_ value: Value?) {
        if let value { visit(value) }
    }

    /// Visits every value of a sequence.
    public mutating func visit<S: Sequence>(all values: S) where S.Element == Value {
        for v in values { visit(v) }
    }
}
