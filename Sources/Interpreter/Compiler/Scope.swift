/// Compile-time view of one scope: where each name lives at run time.
final class Scope {
    enum Kind { case module, function, classBody }
    enum Binding { case slot(Int), cell(Int) }

    let kind: Kind
    let parent: Scope?
    let code: CodeObject
    let globals: Globals
    var locals: [String: Int] = [:]
    var cells: [String: Int] = [:]
    var declaredGlobal: Set<String> = []
    var comprehensions: [[String: Binding]] = []
    let qualifiedPrefix: String

    init(kind: Kind, parent: Scope?, code: CodeObject, globals: Globals, qualifiedPrefix: String) {
        self.kind = kind; self.parent = parent; self.code = code; self.globals = globals; self.qualifiedPrefix = qualifiedPrefix
    }

    func newSlot(_ name: String) -> Int {
        let i = code.slotCount
        code.slotCount += 1
        code.slotNames.append(name)
        return i
    }

    func newOwnCell(_ name: String) -> Int {
        // Layout: closure (free) cells first, then own cells, so later additions never shift indices.
        let i = code.freeSources.count + code.ownCellCount
        code.ownCellCount += 1
        code.cellNames.append(name)
        return i
    }

    /// True if `name` is bound in an enclosing function (so a nested scope must capture it).
    func enclosingFunctionBinds(_ name: String) -> Bool {
        var s = parent
        while let scope = s {
            if scope.kind == .function {
                if scope.declaredGlobal.contains(name) { return false }
                if scope.locals[name] != nil || scope.cells[name] != nil { return true }
                for c in scope.comprehensions where c[name] != nil { return true }
            }
            if scope.kind == .classBody, scope.cells[name] != nil { return true }
            if scope.kind == .module { return false }
            s = scope.parent
        }
        return false
    }

    /// Cell index of `name` in this scope's frame, for capture by a nested function.
    func cellIndexForCapture(_ name: String) -> Int? {
        for c in comprehensions.reversed() { if case .cell(let i)? = c[name] { return i } }
        return cells[name]
    }
}
