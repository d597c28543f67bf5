import CMark
import Foundation

/// Renders a lesson's Markdown prose for the terminal from cmark-gfm's syntax tree: headings,
/// emphasis, inline code, lists, block quotes and links as text, wrapped to the width.
///
///     ProseRenderer(style: style).render("# Hello\n\nA *short* paragraph.")
struct ProseRenderer {
    let style: TerminalStyle

    /// The terminal text of `markdown`, ending in a newline (empty for empty input).
    func render(_ markdown: String) -> String {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else { return markdown }
        defer { cmark_node_free(document) }
        let blocks = children(of: document).map { block($0, width: style.width) }.filter { !$0.isEmpty }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child { out.append(current); child = cmark_node_next(current) }
        return out
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func block(_ node: OpaquePointer, width: Int) -> String {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let text = inline(node)
            let level = Int(cmark_node_get_heading_level(node))
            return style.isPlain ? String(repeating: "#", count: level) + " " + text : style.paint(text, level == 1 ? "1;4" : "1")
        case CMARK_NODE_PARAGRAPH:
            return Self.wrap(inline(node), width: width)
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            var number = Int(cmark_node_get_list_start(node))
            return children(of: node).map { item in
                let marker = ordered ? "\(number). " : (style.isPlain ? "- " : "• ")
                number += 1
                let body = children(of: item).map { block($0, width: width - marker.count) }.joined(separator: "\n")
                return Self.indent(body, first: marker, rest: String(repeating: " ", count: marker.count))
            }.joined(separator: "\n")
        case CMARK_NODE_BLOCK_QUOTE:
            let bar = style.isPlain ? "> " : style.paint("│", "2") + " "
            let body = children(of: node).map { block($0, width: width - 2) }.joined(separator: "\n\n")
            return Self.indent(body, first: bar, rest: bar)
        case CMARK_NODE_CODE_BLOCK:
            let code = literal(node).hasSuffix("\n") ? String(literal(node).dropLast()) : literal(node)
            return Self.indent(PythonHighlighter(style: style).highlight(code), first: "    ", rest: "    ")
        case CMARK_NODE_THEMATIC_BREAK:
            return String(repeating: style.isPlain ? "-" : "─", count: min(width, 40))
        case CMARK_NODE_HTML_BLOCK:
            return literal(node).trimmingCharacters(in: .newlines)
        default:
            return children(of: node).map { block($0, width: width) }.joined(separator: "\n\n")
        }
    }

    private func inline(_ node: OpaquePointer) -> String {
        children(of: node).map { child -> String in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT: return literal(child)
            case CMARK_NODE_CODE: return style.isPlain ? "`\(literal(child))`" : style.paint(literal(child), "36")
            case CMARK_NODE_EMPH: return style.paint(inline(child), "3")
            case CMARK_NODE_STRONG: return style.paint(inline(child), "1")
            case CMARK_NODE_SOFTBREAK: return " "
            case CMARK_NODE_LINEBREAK: return "\n"
            case CMARK_NODE_LINK:
                let text = inline(child)
                let url = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
                return url.isEmpty || url == text ? style.paint(text, "4") : style.paint(text, "4") + " (\(url))"
            case CMARK_NODE_IMAGE:
                return "[image: \(inline(child))]"
            case CMARK_NODE_HTML_INLINE: return literal(child)
            default: return inline(child)
            }
        }.joined()
    }

    /// `text` with `first` before its first line and `rest` before every other line.
    static func indent(_ text: String, first: String, rest: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset == 0 ? first : rest) + $0.element }.joined(separator: "\n")
    }

    /// Word-wraps `text` to `width` visible columns (escape sequences take no room); existing
    /// line breaks stay.
    static func wrap(_ text: String, width: Int) -> String {
        let width = max(20, width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = []
            var current = "", currentWidth = 0
            for word in line.split(separator: " ") {
                let wordWidth = visibleWidth(word)
                if currentWidth > 0 && currentWidth + 1 + wordWidth > width {
                    lines.append(current); current = ""; currentWidth = 0
                }
                if currentWidth > 0 { current += " "; currentWidth += 1 }
                current += word; currentWidth += wordWidth
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Columns `text` takes on screen, not counting ANSI escape sequences.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var count = 0, inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape { if (0x40...0x7e).contains(scalar.value) && scalar != "[" { inEscape = false }; continue }
            if scalar == "\u{1b}" { inEscape = true; continue }
            count += 1
        }
        return count
    }
}
