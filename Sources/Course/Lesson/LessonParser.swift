import CMark

/// Turns lesson text into a `Lesson`: front matter through Yams, Markdown through cmark-gfm.
/// Top-level fenced blocks with an info string are cells; everything else is prose. Every
/// format problem is collected, so one run of `lint` lists them all.
enum LessonParser {
    static func parse(_ text: String, path: String, hash: String) throws(LessonFormatError) -> Lesson {
        var diagnostics: [LessonDiagnostic] = []
        guard let (frontMatter, body) = FrontMatter.split(text, file: path, diagnostics: &diagnostics) else {
            throw LessonFormatError(diagnostics: diagnostics)
        }
        let cells = markdownCells(body, lineOffset: frontMatter.lineCount, file: path, diagnostics: &diagnostics)
        let exercises = ExerciseAssembler.assemble(cells, file: path, diagnostics: &diagnostics)
        guard diagnostics.isEmpty else {
            throw LessonFormatError(diagnostics: diagnostics.sorted { $0.line < $1.line })
        }
        var metadata = frontMatter.fields
        let id = metadata.removeValue(forKey: "id") ?? ""
        let title = metadata.removeValue(forKey: "title") ?? ""
        return Lesson(id: id, title: title, path: path, contentHash: hash, metadata: metadata, cells: cells, exercises: exercises)
    }

    /// Prose and cells of the Markdown `body`, whose first line is file line `lineOffset + 1`.
    static func markdownCells(_ body: String, lineOffset: Int, file: String, diagnostics: inout [LessonDiagnostic]) -> [Cell] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let document = cmark_parse_document(body, body.utf8.count, CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        var cells: [Cell] = []
        var proseStart = 1
        func addProse(upTo end: Int) {
            guard proseStart <= end, proseStart <= lines.count else { return }
            let slice = lines[(proseStart - 1)..<min(end, lines.count)]
            guard let first = slice.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
                let last = slice.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) })
            else { return }
            cells.append(Cell(kind: .prose, source: slice[first...last].joined(separator: "\n"), line: lineOffset + first + 1))
        }
        var node = cmark_node_first_child(document)
        while let current = node {
            node = cmark_node_next(current)
            // cmark-gfm writes through all three out-pointers without checking them for NULL.
            var fenceLength: Int32 = 0, fenceOffset: Int32 = 0, fenceCharacter: CChar = 0
            guard cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK,
                cmark_node_get_fenced(current, &fenceLength, &fenceOffset, &fenceCharacter) != 0
            else { continue }
            let info = cmark_node_get_fence_info(current).map { String(cString: $0) } ?? ""
            if info.allSatisfy(\.isWhitespace) { continue }
            let start = Int(cmark_node_get_start_line(current))
            let end = Int(cmark_node_get_end_line(current))
            let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            let fileLine = lineOffset + start
            guard let kind = cellKind(info, file: file, line: fileLine, diagnostics: &diagnostics) else { continue }
            addProse(upTo: start - 1)
            proseStart = end + 1
            let source = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            cells.append(Cell(kind: kind, source: source, line: fileLine))
        }
        addProse(upTo: lines.count)
        reportNestedCells(document, lineOffset: lineOffset, file: file, diagnostics: &diagnostics)
        return cells
    }

    /// Fenced blocks inside lists or quotes are prose; one whose info string names a cell kind
    /// was surely meant as a cell.
    static func reportNestedCells(_ document: OpaquePointer, lineOffset: Int, file: String, diagnostics: inout [LessonDiagnostic]) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK,
                cmark_node_parent(node) != document
            else { continue }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let word = info.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            guard CellKind.keywords.contains(word) else { continue }
            diagnostics.append(
                LessonDiagnostic(
                    file: file, line: lineOffset + Int(cmark_node_get_start_line(node)),
                    problem: "a `\(word)` block inside a list or quote is not a cell",
                    fix: "start its fence at the beginning of a line, outside lists and quotes"))
        }
    }

    /// The kind an info string names, or nil after reporting why it names none.
    static func cellKind(_ text: String, file: String, line: Int, diagnostics: inout [LessonDiagnostic]) -> CellKind? {
        func report(_ problem: String, _ fix: String) -> CellKind? {
            diagnostics.append(LessonDiagnostic(file: file, line: line, problem: problem, fix: fix))
            return nil
        }
        let info: InfoString
        do { info = try InfoString(text) } catch {
            switch error {
            case .unclosedQuote(let key): return report("the quoted value of `\(key)=` is never closed", "end it with a `\"`")
            case .emptyKey: return report("an `=` without a name before it in `\(text)`", "write `name=value`")
            }
        }
        let allowed: Set<String>
        switch info.kind {
        case "python": allowed = []
        case "exercise": allowed = ["id", "points"]
        case "mistake": allowed = ["id", "message"]
        case "hint", "solution", "check", "alternative": allowed = ["id"]
        default:
            return report(
                "unknown cell kind `\(info.kind)`",
                "use one of \(CellKind.keywords.joined(separator: ", ")), or no info string for code shown as prose")
        }
        for key in info.attributes.keys.sorted() where !allowed.contains(key) {
            return report(
                "`\(info.kind)` cells take no `\(key)=`",
                allowed.isEmpty ? "remove it" : "use only \(allowed.sorted().map { "`\($0)=`" }.joined(separator: ", "))")
        }
        if let key = info.repeatedKeys.first { return report("`\(key)=` is given twice", "keep one") }
        let flags = Set(info.flags)
        if info.kind == "python" {
            if let unknown = flags.subtracting(["slow"]).sorted().first {
                return report("unknown flag `\(unknown)` on a python cell", "the only flag is `slow` (skipped by `lint --fast`)")
            }
            return .example(slow: flags.contains("slow"))
        }
        if let flag = info.flags.first { return report("unknown flag `\(flag)` on a `\(info.kind)` cell", "remove it, or write it as `name=value`") }
        guard let id = info.attributes["id"], !id.isEmpty else {
            return report("a `\(info.kind)` cell without `id=`", "name its exercise, e.g. `\(info.kind) id=predict-19`")
        }
        switch info.kind {
        case "exercise":
            var points = 1
            if let text = info.attributes["points"] {
                guard let value = Int(text), value >= 0 else {
                    return report("`points=\(text)` is not a whole number of points", "write e.g. `points=2` (0 or more; 1 when omitted)")
                }
                points = value
            }
            return .exercise(id: id, points: points)
        case "mistake":
            guard let message = info.attributes["message"], !message.isEmpty else {
                return report("a mistake without `message=`", "add the phrase its failure must contain, e.g. `message=\"near 19\"`")
            }
            return .mistake(exercise: id, message: message)
        case "hint": return .hint(exercise: id)
        case "solution": return .solution(exercise: id)
        case "check": return .check(exercise: id)
        default: return .alternative(exercise: id)
        }
    }
}
