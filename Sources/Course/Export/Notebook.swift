import Foundation

/// A Jupyter notebook in nbformat 4.5: cells in order and the metadata Colab and Jupyter read.
///
///     let notebook = NotebookExporter().notebook(for: lesson)
///     try notebook.json().write(to: URL(fileURLWithPath: "hello.ipynb"))
public struct Notebook: Equatable, Sendable {
    /// The cells, in reading order.
    public var cells: [NotebookCell]
    /// The notebook's title (the lesson's), kept in its metadata.
    public var title: String

    /// Creates a notebook.
    public init(cells: [NotebookCell], title: String) {
        self.cells = cells; self.title = title
    }

    /// The notebook as nbformat 4.5 JSON: sorted keys, one-space indent, as Jupyter writes it.
    public func json() throws -> Data {
        let document: [String: Any] = [
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["name": "python3", "display_name": "Python 3", "language": "python"],
                "language_info": ["name": "python"],
                "title": title,
            ] as [String: Any],
            "cells": cells.map(\.jsonObject),
        ]
        var data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(contentsOf: Array("\n".utf8))
        return data
    }
}

/// One notebook cell: Markdown or Python code.
public struct NotebookCell: Equatable, Sendable {
    /// Which kind of cell.
    public enum Kind: String, Sendable {
        /// Markdown text.
        case markdown
        /// Python code.
        case code
    }

    /// Markdown or code.
    public var kind: Kind
    /// The cell's text.
    public var source: String
    /// The nbformat 4.5 cell id (letters, digits, `-`, `_`; unique in its notebook).
    public var id: String

    /// Creates a cell.
    public init(kind: Kind, source: String, id: String) {
        self.kind = kind; self.source = source; self.id = id
    }

    /// nbformat's multi-line string: one string per line, each but the last ending in a newline.
    var sourceLines: [String] {
        var lines: [String] = []
        var current = ""
        for character in source {
            current.append(character)
            if character == "\n" { lines.append(current); current = "" }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    var jsonObject: [String: Any] {
        var object: [String: Any] = ["cell_type": kind.rawValue, "id": id, "metadata": [String: Any](), "source": sourceLines]
        if kind == .code {
            object["execution_count"] = NSNull()
            object["outputs"] = [Any]()
        }
        return object
    }
}
