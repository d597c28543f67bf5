extension Compiler {
    mutating func statement(_ s: Stmt) throws -> StmtNode {
        let span = s.span
        switch s.kind {
        case .expression(let e): return ExprStmtNode(try expression(e), span: span)
        case .assign(let targets, let value):
            let v = try expression(value)
            if targets.count == 1, case .name(let n) = targets[0].kind, let local = store(n, targets[0].span) as? StoreLocal {
                return AssignLocalNode(slot: local.slot, v, span: span)
            }
            return AssignNode(try targets.map { try target($0) }, v, span: span)
        case .augAssign(let t, let op, let value):
            let v = try expression(value)
            if case .name(let n) = t.kind, let local = store(n, t.span) as? StoreLocal {
                return AugLocalNode(slot: local.slot, name: n, op: op, v, span: span)
            }
            return AugAssignNode(target: try target(t), load: try expression(t), op: op, value: v, span: span)
        case .annotated(let t, let value):
            guard let value else { return PassNode(span: span) }
            return AssignNode([try target(t)], try expression(value), span: span)
        case .if(let test, let body, let orElse):
            return IfNode(try expression(test), try block(body), try optionalBlock(orElse), span: span)
        case .while(let test, let body, let orElse):
            return WhileNode(try expression(test), try block(body), try optionalBlock(orElse), span: span)
        case .for(let t, let iterable, let body, let orElse):
            var iter = try expression(iterable)
            if let call = iter as? CallNode, let name = call.callee as? GlobalNode, name.slot.name == "range",
                call.arguments.isSimple, (1...3).contains(call.arguments.positional.count)
            {
                iter = RangeCallNode(call: call, name: name.slot)
            }
            return ForNode(try target(t), iter, try block(body), try optionalBlock(orElse), span: span)
        case .break: return BreakNode(span: span)
        case .continue: return ContinueNode(span: span)
        case .pass, .global, .nonlocal: return PassNode(span: span)
        case .return(let e): return ReturnNode(try e.map { try expression($0) }, span: span)
        case .functionDef(let name, let params, let body, let decorators, let doc):
            let decoratorNodes = try decorators.map { try expression($0) }
            let lambda = try function(name: name, params: params, body: body, expression: nil, doc: doc, span: span)
            return FunctionDefNode(lambda: lambda, decorators: decoratorNodes, target: store(name, span), span: span)
        case .classDef(let name, let bases, let body, let decorators, let doc):
            let decoratorNodes = try decorators.map { try expression($0) }
            let baseList = try argumentList(bases)
            let code = try classBody(name: name, body: body, span: span)
            return ClassDefNode(name: name, bases: baseList, code: code, decorators: decoratorNodes, target: store(name, span), doc: doc, span: span)
        case .import(let items):
            let nodes = items.map { item in
                ImportNode(path: item.path, alias: item.alias, target: store(item.alias ?? item.path[0], span), span: span)
            }
            return nodes.count == 1 ? nodes[0] : BlockNode(nodes, span: span)
        case .importFrom(let module, let names, let level):
            if level > 0 {
                return RaiseNode(
                    ConstantNode(.object(PythonError(PyTypes.ImportError, "attempted relative import with no known parent package").exception), span: span), cause: nil, span: span)
            }
            return ImportFromNode(
                module: module.joined(separator: "."),
                names: names.map { ($0.name, $0.name == "*" ? nil : store($0.alias ?? $0.name, span)) }, span: span)
        case .try(let body, let handlers, let orElse, let finally):
            let hs = try handlers.map { h in
                TryNode.Handler(
                    type: try h.type.map { try expression($0) }, target: h.name.map { store($0, h.span) },
                    body: try block(h.body), span: h.span)
            }
            return TryNode(body: try block(body), handlers: hs, orElse: try optionalBlock(orElse), finally: try optionalBlock(finally), span: span)
        case .raise(let e, let cause):
            return RaiseNode(try e.map { try expression($0) }, cause: try cause.map { try expression($0) }, span: span)
        case .with(let items, let body):
            var node = try block(body)
            for (e, t) in items.reversed() {
                node = WithNode(context: try expression(e), target: try t.map { try target($0) }, body: node, span: span)
            }
            return node
        case .assert(let test, let message):
            return AssertNode(try expression(test), try message.map { try expression($0) }, span: span)
        case .delete(let targets): return DeleteNode(try targets.map { try target($0) }, span: span)
        case .magic(let text): return MagicNode(text, span: span)
        }
    }
}
