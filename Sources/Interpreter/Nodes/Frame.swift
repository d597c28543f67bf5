/// A module's global variables, each in a stable slot that compiled code holds directly.
public final class Globals: Collectable {
    final class Slot {
        let name: String
        @exclusivity(unchecked) var value: Value?
        init(_ name: String) { self.name = name }
    }
    var slots: [String: Slot] = [:]

    /// Empty globals, tracked by the collector of the interpreter running on this thread.
    override init() { super.init(); trackForCollection() }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        for slot in slots.values { visitor.visit(slot.value) }
    }
    override public func clearReferences() {
        for slot in slots.values { slot.value = nil }
    }

    func slot(_ name: String) -> Slot {
        if let s = slots[name] { return s }
        let s = Slot(name)
        slots[name] = s
        return s
    }

    /// Names currently bound.
    var boundNames: [String] { slots.values.filter { $0.value != nil }.map(\.name) }
}

/// What a statement asks its enclosing block to do next.
enum Flow { case normal, breakLoop, continueLoop, returned }

/// The activation of one code object: local slots, cells, and the globals it runs against.
final class Frame {
    let slots: UnsafeMutablePointer<Value?>
    let slotCount: Int
    let cells: [PyCell]
    let globals: Globals
    unowned(unsafe) let interp: PythonInterpreter
    let code: CodeObject
    @exclusivity(unchecked) var function: PyFunction?
    /// Stored in the slot after the locals: slot accesses skip Swift's dynamic exclusivity checks.
    var returnValue: Value {
        get { slots[slotCount] ?? .none }
        set { slots[slotCount] = newValue }
    }
    var classNamespace: [String: Value]?
    var handling: PyExceptionObject?

    init(code: CodeObject, globals: Globals, interp: PythonInterpreter, closure: [PyCell] = []) {
        self.code = code
        self.globals = globals
        self.interp = interp
        slotCount = code.slotCount
        slots = .allocate(capacity: slotCount + 1)
        slots.initialize(repeating: nil, count: slotCount + 1)
        if code.ownCellCount == 0 {
            cells = closure
        } else {
            var all = closure
            all.reserveCapacity(code.ownCellCount + closure.count)
            for _ in 0..<code.ownCellCount { all.append(PyCell()) }
            cells = all
        }
    }

    deinit {
        slots.deinitialize(count: slotCount + 1)
        slots.deallocate()
    }
}

/// Compiled code for a module, cell, class body, function or lambda.
final class CodeObject {
    let name: String
    let file: String
    var body: StmtNode = PassNode(span: .zero)
    var slotCount = 0
    var ownCellCount = 0
    /// Parameters stored in cells: (slot, cell index), copied at entry.
    var parameterCells: [(slot: Int, cell: Int)] = []
    /// For each free variable, its cell index in the defining frame.
    var freeSources: [Int] = []
    var signature = Signature([])
    /// True when every parameter is a plain positional one: calls bind by position only.
    var isSimple = false
    var doc: String?
    /// Names by slot, for messages and `locals()`.
    var slotNames: [String] = []
    var cellNames: [String] = []

    init(name: String, file: String) { self.name = name; self.file = file }
}
