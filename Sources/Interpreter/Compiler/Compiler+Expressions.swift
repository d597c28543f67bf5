extension Compiler {
    mutating func expression(_ e: Expr) throws -> ExprNode {
        let span = e.span
        switch e.kind {
        case .name(let n): return load(n, span)
        case .int(let i): return ConstantNode(.int(i), span: span)
        case .bigInt(let b): return ConstantNode(.bigInt(b), span: span)
        case .float(let d): return ConstantNode(.float(d), span: span)
        case .string(let s): return ConstantNode(.str(s), span: span)
        case .none: return ConstantNode(.none, span: span)
        case .bool(let b): return ConstantNode(.bool(b), span: span)
        case .ellipsis: return ConstantNode(.object(PyTypes.ellipsis), span: span)
        case .fstring(let parts): return try fstring(parts, span)
        case .tuple(let items): return TupleNode(try items.map { try expression($0) }, span: span)
        case .list(let items): return ListNode(try items.map { try expression($0) }, span: span)
        case .set(let items): return SetNode(try items.map { try expression($0) }, span: span)
        case .dict(let entries):
            return DictNode(try entries.map { (try $0.key.map { try expression($0) }, try expression($0.value)) }, span: span)
        case .starred(let inner): return StarNode(try expression(inner), span: span)
        case .attribute(let o, let n): return AttributeNode(try expression(o), n, span: span)
        case .subscript(let o, let i): return SubscriptNode(try expression(o), try index(i), span: span)
        case .slice: return try index(e)
        case .call(let callee, let args):
            if case .name("super") = callee.kind, args.isEmpty, load("super", span) is GlobalNode, scope.kind == .function {
                return SuperNode(span: span)
            }
            let list = try argumentList(args)
            if case .attribute(let o, let name) = callee.kind {
                return MethodCallNode(try expression(o), name, list, span: span)
            }
            return CallNode(try expression(callee), list, span: span)
        case .unary(.not, let o): return NotNode(try expression(o), span: span)
        case .unary(let op, let o): return UnaryNode(op, try expression(o), span: span)
        case .binary(let op, let l, let r): return BinaryNode.make(op, try expression(l), try expression(r), span: span)
        case .and(let l, let r): return AndNode(try expression(l), try expression(r), span: span)
        case .or(let l, let r): return OrNode(try expression(l), try expression(r), span: span)
        case .compare(let l, let rest):
            if rest.count == 1 { return CompareNode(rest[0].0, try expression(l), try expression(rest[0].1), span: span) }
            return ChainCompareNode(try expression(l), try rest.map { ($0.0, try expression($0.1)) }, span: span)
        case .ifElse(let t, let b, let o): return IfExpNode(try expression(t), try expression(b), try expression(o), span: span)
        case .lambda(let params, let body):
            return try function(name: "<lambda>", params: params, body: nil, expression: body, doc: nil, span: span)
        case .listComp(let el, let comps): return try comprehension(.list, el, nil, comps, span)
        case .setComp(let el, let comps): return try comprehension(.set, el, nil, comps, span)
        case .generator(let el, let comps): return try comprehension(.generator, el, nil, comps, span)
        case .dictComp(let k, let v, let comps): return try comprehension(.dict, k, v, comps, span)
        case .namedExpr(let n, let v): return NamedExprNode(store(n, span), try expression(v), span: span)
        }
    }

    mutating func index(_ e: Expr) throws -> ExprNode {
        switch e.kind {
        case .slice(let a, let b, let c):
            return SliceNode(try a.map { try expression($0) }, try b.map { try expression($0) }, try c.map { try expression($0) }, span: e.span)
        case .tuple(let items): return TupleNode(try items.map { try index($0) }, span: e.span)
        default: return try expression(e)
        }
    }

    mutating func argumentList(_ args: [Argument]) throws -> ArgumentList {
        var positional: [ExprNode] = []
        var keywords: [(name: String?, value: ExprNode)] = []
        for a in args {
            switch a {
            case .positional(let e): positional.append(try expression(e))
            case .star(let e): positional.append(StarNode(try expression(e), span: e.span))
            case .keyword(let n, let e):
                if keywords.contains(where: { $0.name == n }) { throw syntaxError("keyword argument repeated: \(n)", e.span) }
                keywords.append((n, try expression(e)))
            case .doubleStar(let e): keywords.append((nil, try expression(e)))
            }
        }
        return ArgumentList(positional: positional, keywords: keywords)
    }

    mutating func fstring(_ parts: [FStringPart], _ span: Span) throws -> FStringNode {
        var out: [FStringNode.Part] = []
        for p in parts {
            switch p {
            case .literal(let s): out.append(.literal(s))
            case .expression(let e, let conversion, let spec, let selfDoc):
                if let selfDoc { out.append(.literal(selfDoc)) }
                let specNode = try spec.map { try fstring($0, span) }
                out.append(.expr(try expression(e), conversion ?? (selfDoc != nil && spec == nil ? "r" : nil), specNode))
            }
        }
        return FStringNode(out, span: span)
    }

    mutating func comprehension(_ kind: ComprehensionNode.Kind, _ element: Expr, _ value: Expr?, _ comps: [Comprehension], _ span: Span) throws -> ExprNode {
        let firstIterable = try expression(comps[0].iterable)
        var analysis = NameAnalysis()
        for c in comps { analysis.bind(c.target) }
        var inner = NameAnalysis()
        inner.visit(element)
        if let value { inner.visit(value) }
        for c in comps { c.conditions.forEach { inner.visit($0) }; inner.visit(c.iterable) }
        var bindings: [String: Scope.Binding] = [:]
        for n in analysis.assigned.sorted() {
            bindings[n] = inner.nestedFree.contains(n) ? .cell(scope.newOwnCell(n)) : .slot(scope.newSlot(n))
        }
        scope.comprehensions.append(bindings)
        defer { scope.comprehensions.removeLast() }
        var clauses: [ComprehensionNode.Clause] = []
        for (i, c) in comps.enumerated() {
            clauses.append(
                .init(
                    target: try target(c.target), iterable: i == 0 ? firstIterable : try expression(c.iterable),
                    conditions: try c.conditions.map { try expression($0) }))
        }
        return ComprehensionNode(kind: kind, clauses: clauses, element: try expression(element), value: try value.map { try expression($0) }, span: span)
    }
}
