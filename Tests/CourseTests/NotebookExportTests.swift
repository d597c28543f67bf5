import Foundation
import Testing
@testable import Course
import Interpreter
import PythonModules

/// The notebook as Jupyter reads it: the JSON document and its cells.
private struct ParsedNotebook {
    var document: [String: Any]
    var cells: [[String: Any]]

    init(_ notebook: Notebook) throws {
        let object = try JSONSerialization.jsonObject(with: try notebook.json())
        document = try #require(object as? [String: Any])
        cells = try #require(document["cells"] as? [[String: Any]])
    }

    func source(_ cell: [String: Any]) -> String { ((cell["source"] as? [String]) ?? []).joined() }
    var code: [String] { cells.filter { $0["cell_type"] as? String == "code" }.map(source) }
    var markdown: [String] { cells.filter { $0["cell_type"] as? String == "markdown" }.map(source) }
    var all: [String] { cells.map(source) }
}

private func export(_ lesson: Lesson = Fixtures.hello, solutions: Bool = false, slow: Bool = true) throws -> ParsedNotebook {
    var exporter = NotebookExporter()
    exporter.includeSolutions = solutions
    exporter.includeSlowCells = slow
    return try ParsedNotebook(exporter.notebook(for: lesson))
}

@Test func exportIsValidNbformat4() throws {
    let notebook = try export()
    #expect(notebook.document["nbformat"] as? Int == 4)
    #expect(notebook.document["nbformat_minor"] as? Int == 5)
    let metadata = try #require(notebook.document["metadata"] as? [String: Any])
    #expect((metadata["kernelspec"] as? [String: Any])?["language"] as? String == "python")
    var ids = Set<String>()
    for cell in notebook.cells {
        let kind = try #require(cell["cell_type"] as? String)
        #expect(kind == "markdown" || kind == "code")
        let id = try #require(cell["id"] as? String)
        #expect(!id.isEmpty && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(ids.insert(id).inserted, "cell id \(id) is repeated")
        #expect(cell["metadata"] is [String: Any])
        let lines = try #require(cell["source"] as? [String])
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("\n") } && !(lines.last?.hasSuffix("\n") ?? false))
        if kind == "code" {
            #expect(cell["execution_count"] is NSNull)
            #expect((cell["outputs"] as? [Any])?.isEmpty == true)
        } else {
            #expect(cell["outputs"] == nil && cell["execution_count"] == nil)
        }
    }
}

@Test func exportKeepsTheLessonsOrder() throws {
    let notebook = try export()
    #expect(notebook.markdown.first?.contains("`hello-fixture`") == true)
    #expect(notebook.markdown.filter { $0.hasPrefix("# Hello, fixture") }.count == 1, "the title should appear once")
    #expect(notebook.code.first?.contains("def expect_close(") == true)
    let all = notebook.all
    let landmarks = [
        "xs = np.array([-1.0", "Exercise `double`", "def double(x):\n    pass", "Hint 1", "expect_equal(double(3), 6",
        "Exercise `greet`", "Exercise `line`", "from tensorflow import keras", "Exercise `model`",
        "slow_value = sum", "Exercise `safe-sqrt`", "expect_raises(ValueError, safe_sqrt, -1)",
    ]
    let positions = landmarks.map { mark in all.indices.dropFirst(2).first { all[$0].contains(mark) } } // after intro and set-up
    #expect(positions.allSatisfy { $0 != nil }, "missing: \(zip(landmarks, positions).filter { $0.1 == nil }.map(\.0))")
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted(), "cells out of the lesson's order: \(found)")
}

@Test func exportPutsStartersOrSolutionsAndNeverAlternativesOrMistakes() throws {
    let starters = try export(), solved = try export(solutions: true)
    #expect(starters.code.contains { $0.contains("def double(x):\n    pass") })
    #expect(!starters.code.contains { $0.contains("return 2 * x") })
    #expect(solved.code.contains { $0.contains("return 2 * x") })
    #expect(!solved.code.contains { $0.contains("def double(x):\n    pass") })
    for notebook in [starters, solved] {
        #expect(!notebook.all.contains { $0.contains("return x + x") || $0.contains("return x * x") })
    }
    #expect(try export(slow: false).code.allSatisfy { !$0.contains("slow_value") })
}

@Test func exportLeaksNoCourseOnlySyntax() throws {
    let notebook = try export(solutions: true)
    let prelude = try #require(notebook.code.first)
    for name in CheckHelpers.names {
        #expect(prelude.contains("def \(name)("), "the set-up cell does not define \(name)")
    }
    for text in notebook.all {
        #expect(!text.contains("```"), "a fence leaked: \(text.prefix(80))")
        for word in CellKind.keywords.dropFirst() { #expect(!text.contains("\(word) id="), "an info string leaked: \(text.prefix(80))") }
    }
    let lesson = try Fixtures.parse(
        """
        Type `:check` when done, or `:hint` if stuck; :solution shows the answer. Ratios such as 3:2 stay.

        ```python
        train_dir = 'datasets/rps/train'
        base = "datasets"
        label = f'datasets/rps/{split}'
        ```
        """)
    let exported = try export(lesson)
    let prose = try #require(exported.markdown.first { $0.contains("when done") })
    #expect(!prose.contains("`:") && !prose.contains(":solution"), "REPL commands leaked: \(prose)")
    #expect(prose.contains("the check cell") && prose.contains("3:2"))
    let example = try #require(exported.code.first { $0.contains("train_dir") })
    #expect(example.contains("train_dir = os.path.join(DATASETS, 'rps/train')"))
    #expect(example.contains("base = DATASETS"))
    #expect(example.contains("label = f'{DATASETS}/rps/{split}'"))
    #expect(exported.code.contains { $0.contains("fetch_dataset('rps')") })
    #expect(!exported.code.contains { $0.contains("fetch_dataset('horse-or-human')") })
}

@Test func exportChecksBecomePlainAssertsAfterTheirExercise() throws {
    let notebook = try export()
    let checks = notebook.code.filter { $0.hasPrefix("# Check `") }
    #expect(checks.count == Fixtures.hello.exercises.filter { !$0.checkIndices.isEmpty }.count)
    let line = try #require(checks.first { $0.contains("`line`") })
    #expect(line.contains("expect_close(ys, [-3.0, -1.0, 1.0, 3.0, 5.0, 7.0], name=\"ys\")"))
    #expect(line.hasSuffix("print('✓ line: every check passed')"))
}

@Test func exportFetchesOnlyTheDataTheLessonUses() throws {
    let fashion = try export(
        Fixtures.parse(
            """
            ```python
            (x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
            ```
            """))
    let data = try #require(fashion.code.first { $0.hasPrefix("# The lesson's data") })
    #expect(data.contains("use_local_fashion_mnist()") && !data.contains("fetch_dataset("))
    #expect(fashion.code.contains { $0.contains("keras.datasets.fashion_mnist.load_data()") })
    #expect(try export().code.allSatisfy { !$0.hasPrefix("# The lesson's data") }, "a lesson without data has no data cell")
}

@Test func exportDefinesCourseBaseAndRewritesItsImports() throws {
    let lesson = try Fixtures.parse(
        """
        ```python
        from tensorflow.keras.applications import course_base
        base = course_base(input_shape=(150, 150, 3), include_top=False, weights='course')
        ```

        ```python
        from keras.applications import InceptionV3, course_base
        from deeplings.applications import course_base
        other = tf.keras.applications.course_base(input_shape=(150, 150, 3), weights=None)
        if True:
            from deeplings.applications import course_base
        ```
        """)
    let notebook = try export(lesson, solutions: true)
    #expect(notebook.code.count == 4, "set-up, course_base, then the two examples")
    let cell = notebook.code[1]
    #expect(cell.contains("def course_base(input_shape=None, include_top=False, weights='course'"))
    #expect(cell.contains("model.load_weights(path, by_name=True)") && cell.contains("DATASETS"))
    for name in ["mixed0", "mixed1", "mixed2", "mixed3", "mixed4"] { #expect(cell.contains(name), "no \(name) in the course_base cell") }
    for code in notebook.code {
        #expect(throws: Never.self, "a cell does not parse: \(code.prefix(80))") { _ = try PythonInterpreter.topLevelStatements(of: code) }
        #expect(
            !code.contains("applications import course_base") && !code.contains("applications.course_base"),
            "a course-only import is left: \(code)")
    }
    #expect(notebook.code[3].contains("from keras.applications import InceptionV3\n"), "other imported names stay")
    #expect(notebook.code[3].contains("other = course_base(input_shape=(150, 150, 3), weights=None)"))
    #expect(notebook.code[3].contains("    pass  # course_base"), "an indented import leaves a statement")
    #expect(!notebook.markdown.contains { $0.contains("InceptionV3(input_shape") }, "no note sending learners elsewhere")
    #expect(try export().code.allSatisfy { !$0.contains("def course_base(") }, "lessons without it get no course_base cell")
}

@Test func exportedCourseBaseHasTheCourseNetworksLayers() throws {
    var printed = ""
    let py = PythonEnvironment.makeInterpreter(output: { printed += $0 }, policy: SandboxPolicy())
    try py.execute("import os\nfrom tensorflow import keras\nDATASETS = 'no-such-folder'\n" + NotebookCourseBase.cell)
    try py.execute(
        """
        mine = course_base(input_shape=(150, 150, 3), include_top=False, weights=None)
        ours = keras.applications.course_base(input_shape=(150, 150, 3), include_top=False, weights=None)
        mine_names, our_names = [l.name for l in mine.layers], [l.name for l in ours.layers]
        assert len(mine_names) == len(our_names), f'{len(mine_names)} layers, the course has {len(our_names)}'
        assert mine_names == our_names, [(a, b) for a, b in zip(mine_names, our_names) if a != b][:3]
        assert mine.count_params() == ours.count_params(), (mine.count_params(), ours.count_params())
        assert tuple(mine.get_layer('mixed4').output.shape) == (None, 7, 7, 320)
        print('same', len(mine_names), 'layers')
        """)
    #expect(printed.contains("course_base defined;") && printed.contains("no-such-folder"), "the cell's report: \(printed.prefix(300))")
    #expect(printed.hasSuffix("layers\n") && !printed.hasSuffix(" 0 layers\n"), "printed: \(printed.suffix(200))")
}
