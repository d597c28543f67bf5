/// Which names a scope binds and uses, computed before compiling it (like CPython's symtable).
struct NameAnalysis {
    var assigned: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Names free in nested functions, lambdas and classes.
    var nestedFree: Set<String> = []

    /// Free names of a function with `params` and `body`: used here or in nested scopes, bound outside.
    static func freeNames(params: [String], body: [Stmt]) -> Set<String> {
        var a = NameAnalysis()
        a.visit(body)
        return a.free(params: params)
    }

    static func freeNames(params: [String], expression: Expr) -> Set<String> {
        var a = NameAnalysis()
        a.visit(expression)
        return a.free(params: params)
    }

    func locals(params: [String]) -> Set<String> {
        assigned.union(params).subtracting(globals).subtracting(nonlocals)
    }

    func free(params: [String]) -> Set<String> {
        used.union(nestedFree).subtracting(locals(params: params)).subtracting(globals).union(nonlocals)
    }

    static func classFree(body: [Stmt]) -> Set<String> {
        var a = NameAnalysis()
        a.visit(body)
        return a.used.subtracting(a.assigned).union(a.nestedFree).subtracting(a.globals)
    }

    mutating func visit(_ body: [Stmt]) { for s in body { visit(s) } }

    mutating func bind(_ target: Expr) {
        switch target.kind {
        case .name(let n): assigned.insert(n)
        case .tuple(let items), .list(let items): for i in items { bind(i) }
        case .starred(let inner): bind(inner)
        default: visit(target)
        }
    }

    mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expression(let e): visit(e)
        case .assign(let targets, let value): targets.forEach { bind($0) }; visit(value)
        case .augAssign(let t, _, let v):
            if case .name(let n) = t.kind { used.insert(n) }
            bind(t); visit(v)
        case .annotated(let t, let v): if let v { bind(t); visit(v) }
        case .if(let t, let b, let o): visit(t); visit(b); visit(o)
        case .while(let t, let b, let o): visit(t); visit(b); visit(o)
        case .for(let t, let i, let b, let o): bind(t); visit(i); visit(b); visit(o)
        case .break, .continue, .pass, .magic: break
        case .return(let e): if let e { visit(e) }
        case .functionDef(let name, let params, let body, let decorators, _):
            assigned.insert(name)
            decorators.forEach { visit($0) }
            params.compactMap(\.defaultValue).forEach { visit($0) }
            nestedFree.formUnion(NameAnalysis.freeNames(params: params.map(\.name), body: body))
        case .classDef(let name, let bases, let body, let decorators, _):
            assigned.insert(name)
            decorators.forEach { visit($0) }
            visit(bases)
            nestedFree.formUnion(NameAnalysis.classFree(body: body))
        case .import(let items): for item in items { assigned.insert(item.alias ?? item.path[0]) }
        case .importFrom(_, let names, _): for n in names where n.name != "*" { assigned.insert(n.alias ?? n.name) }
        case .try(let body, let handlers, let orElse, let finally):
            visit(body)
            for h in handlers {
                if let t = h.type { visit(t) }
                if let n = h.name { assigned.insert(n) }
                visit(h.body)
            }
            visit(orElse); visit(finally)
        case .raise(let e, let c): if let e { visit(e) }; if let c { visit(c) }
        case .with(let items, let body):
            for (e, t) in items { visit(e); if let t { bind(t) } }
            visit(body)
        case .assert(let t, let m): visit(t); if let m { visit(m) }
        case .delete(let targets): targets.forEach { bind($0) }
        case .global(let names): globals.formUnion(names)
        case .nonlocal(let names): nonlocals.formUnion(names)
        }
    }

    mutating func visit(_ args: [Argument]) {
        for a in args {
            switch a {
            case .positional(let e), .star(let e), .keyword(_, let e), .doubleStar(let e): visit(e)
            }
        }
    }

    mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n): used.insert(n)
        case .int, .bigInt, .float, .string, .none, .ellipsis, .bool: break
        case .fstring(let parts): visit(parts)
        case .tuple(let items), .list(let items), .set(let items): items.forEach { visit($0) }
        case .dict(let entries): for (k, v) in entries { if let k { visit(k) }; visit(v) }
        case .starred(let inner): visit(inner)
        case .attribute(let o, _): visit(o)
        case .subscript(let o, let i): visit(o); visit(i)
        case .slice(let a, let b, let c): [a, b, c].compactMap { $0 }.forEach { visit($0) }
        case .call(let f, let args): visit(f); visit(args)
        case .unary(_, let o): visit(o)
        case .binary(_, let l, let r), .and(let l, let r), .or(let l, let r): visit(l); visit(r)
        case .compare(let l, let rest): visit(l); rest.forEach { visit($0.1) }
        case .ifElse(let t, let b, let o): visit(t); visit(b); visit(o)
        case .lambda(let params, let body):
            params.compactMap(\.defaultValue).forEach { visit($0) }
            nestedFree.formUnion(NameAnalysis.freeNames(params: params.map(\.name), expression: body))
        case .listComp(let el, let comps), .setComp(let el, let comps), .generator(let el, let comps):
            visitComprehension([el], comps)
        case .dictComp(let k, let v, let comps): visitComprehension([k, v], comps)
        case .namedExpr(let n, let v): assigned.insert(n); visit(v)
        }
    }

    mutating func visit(_ parts: [FStringPart]) {
        for p in parts {
            if case .expression(let e, _, let spec, _) = p { visit(e); if let spec { visit(spec) } }
        }
    }

    mutating func visitComprehension(_ elements: [Expr], _ comps: [Comprehension]) {
        visit(comps[0].iterable)
        var inner = NameAnalysis()
        for (i, c) in comps.enumerated() {
            inner.bind(c.target)
            if i > 0 { inner.visit(c.iterable) }
            c.conditions.forEach { inner.visit($0) }
        }
        elements.forEach { inner.visit($0) }
        used.formUnion(inner.used.subtracting(inner.assigned))
        nestedFree.formUnion(inner.nestedFree.subtracting(inner.assigned))
    }
}
