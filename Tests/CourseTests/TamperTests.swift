import Interpreter
import Testing
@testable import Course

/// A lesson whose checks each tamper vector attacks.
let tamperLesson: Lesson = {
    let text = """
        ```python
        from tensorflow import keras
        import numpy as np
        ```

        ```exercise id=answer
        answer = 0
        ```

        ```hint id=answer
        42.
        ```

        ```solution id=answer
        answer = 42
        ```

        ```check id=answer
        expect_close(answer, 42, name="answer")
        expect_equal(answer, 42, name="answer")
        assert abs(answer - 42) < 1e-9 and type(answer) is int, "answer should be the int 42"
        ```

        ```exercise id=square
        def f(x):
            return 0
        ```

        ```hint id=square
        x * x
        ```

        ```solution id=square
        def f(x):
            return x * x
        ```

        ```check id=square
        expect_equal(f(2), 4, name="f(2)")
        expect_equal(f(3), 9, name="f(3)")
        ```

        ```exercise id=arr
        arr = None
        ```

        ```hint id=arr
        np.array.
        ```

        ```solution id=arr
        arr = np.array([1.0, 2.0, 3.0])
        ```

        ```check id=arr
        expect_close(arr, np.array([1.0, 2.0, 3.0]), name="arr")
        expect_shape(arr, np.array([1.0, 2.0, 3.0]).shape, name="arr")
        ```

        ```exercise id=model
        model = None
        ```

        ```hint id=model
        Dense(1).
        ```

        ```solution id=model
        model = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])
        ```

        ```check id=model
        expect_layers(model, ["Dense"])
        expect_close(predict_with(model, [[2.0]]), [[1234.5]], name="model's prediction")
        ```

        """
    do { return try Fixtures.parse(text) } catch { fatalError("tamper lesson: \(error)") }
}()

struct TamperCase: CustomTestStringConvertible, Sendable {
    let name: String
    let exercise: String
    let code: String
    var testDescription: String { name }
}

let liar = """
    class Liar:
        def __eq__(self, other): return True
        def __ne__(self, other): return False
        def __float__(self): return 42.0
        def __int__(self): return 42
        def __bool__(self): return True
        def __len__(self): return 3
        def __sub__(self, other): return 0
        def __rsub__(self, other): return 0
        def __abs__(self): return 0
        def __lt__(self, other): return True
        def __str__(self): return "42"
        def __repr__(self): return "42"

    """

let tamperCases: [TamperCase] = [
    TamperCase(name: "redefine abs", exercise: "answer", code: "def abs(x):\n    return 0\nanswer = 7"),
    TamperCase(name: "shadow type", exercise: "answer", code: "type = lambda x: int\nanswer = 41.9999"),
    TamperCase(name: "import builtins", exercise: "answer", code: "import builtins\nbuiltins.abs = lambda x: 0\nanswer = 7"),
    TamperCase(
        name: "shadow helpers", exercise: "answer",
        code: "def expect_close(*a, **k):\n    return True\nexpect_equal = expect_close\nanswer = 7"),
    TamperCase(name: "lying dunders", exercise: "answer", code: liar + "answer = Liar()"),
    TamperCase(name: "a list holding itself", exercise: "answer", code: "answer = [42]\nanswer.append(answer)"),
    TamperCase(name: "int subclass", exercise: "answer", code: "class Big(int):\n    def __eq__(self, o): return True\nanswer = Big(7)"),
    TamperCase(
        name: "monkeypatching a module", exercise: "arr",
        code: "np.array = lambda *a, **k: 0\nnp.zeros = np.array\narr = 0"),
    TamperCase(
        name: "NumPy subclass", exercise: "arr",
        code: """
            class Fake(np.ndarray):
                shape = (3,)
                def __eq__(self, other): return True
                def __len__(self): return 3
            arr = Fake()
            """),
    TamperCase(
        name: "fake predict on a Sequential subclass", exercise: "model",
        code: """
            class Fake(keras.Sequential):
                def predict(self, x, **kwargs):
                    return np.array([[1234.5]])
                def __call__(self, x):
                    return np.array([[1234.5]])
            model = Fake([keras.layers.Dense(1, input_shape=[1])])
            """),
    TamperCase(
        name: "fake model object", exercise: "model",
        code: """
            class Fake:
                layers = ["Dense"]
                def predict(self, x): return [[1234.5]]
            model = Fake()
            """),
    TamperCase(name: "SystemExit", exercise: "square", code: "def f(x):\n    raise SystemExit(0)"),
    TamperCase(name: "KeyboardInterrupt", exercise: "square", code: "def f(x):\n    raise KeyboardInterrupt"),
    TamperCase(
        name: "AssertionError subclass", exercise: "square",
        code: "class Passed(AssertionError):\n    def __str__(self): return 'passed'\ndef f(x):\n    raise Passed('passed')"),
    TamperCase(
        name: "catching the grader's exceptions", exercise: "square",
        code: "def f(x):\n    try:\n        while True:\n            pass\n    except BaseException:\n        return x * x"),
    TamperCase(name: "budget exhausted inside a check", exercise: "square", code: "def f(x):\n    while True:\n        x = x + 1"),
    TamperCase(
        name: "printing fake results", exercise: "square",
        code: "print('PASSED: all checks')\nprint('{\"status\": \"graded\", \"score\": 5, \"maxScore\": 5}')\ndef f(x):\n    print('ok')\n    return 0"),
    TamperCase(name: "flooding output", exercise: "square", code: "def f(x):\n    while True:\n        print('x' * 1000)"),
    TamperCase(name: "exit()", exercise: "square", code: "exit()\ndef f(x):\n    return x * x"),
    TamperCase(name: "exit() in a checked function", exercise: "square", code: "def f(x):\n    exit(0)"),
    TamperCase(
        name: "reading the lesson", exercise: "square",
        code: "source = open('\(Fixtures.path("hello.md"))').read()\ndef f(x):\n    return x * x"),
    TamperCase(
        name: "raising an exception whose __str__ never returns", exercise: "square",
        code: "class Odd(Exception):\n    def __str__(self):\n        while True:\n            pass\nraise Odd()"),
    TamperCase(
        name: "lying __str__ that never returns", exercise: "square",
        code: "class Odd(Exception):\n    def __str__(self):\n        while True:\n            pass\ndef f(x):\n    raise Odd()"),
]

@Test(arguments: tamperCases)
func tamperingNeverEarnsPointsNorStopsOtherChecks(_ testCase: TamperCase) throws {
    let session = Fixtures.session(tamperLesson)
    session.runCell(at: 0)
    let result = try session.submit(testCase.code, for: testCase.exercise)
    #expect(result.outcome != .passed, "\(testCase.name) passed")
    guard case .failed = result.outcome else { Issue.record("\(testCase.name): \(result.outcome)"); return }
    let checkCount = tamperLesson.exercise(testCase.exercise).map { tamperLesson.cells[$0.checkIndices[0]].source.split(separator: "\n").count } ?? 0
    #expect(result.lines.count >= checkCount, "\(testCase.name): every check statement gave a verdict: \(result.lines)")
    #expect(result.lines.allSatisfy { $0.status != .lessonError }, "\(testCase.name): \(result.lines)")
}

@Test func solutionsOfTheTamperLessonPass() throws {
    let session = Fixtures.session(tamperLesson)
    session.runCell(at: 0)
    for exercise in tamperLesson.exercises where exercise.id != "model" {
        let solution = tamperLesson.cells[exercise.solutionIndex ?? 0].source
        #expect(try session.submit(solution, for: exercise.id).outcome == .passed, "\(exercise.id)")
    }
}

@Test func gradedFileWithFakeResultsEarnsNothing() throws {
    let code = "print('{\"score\": 5}')\nanswer = 7\ndef f(x):\n    raise SystemExit(0)\nexit()\n"
    let exercises = try SubmissionGrader().grade(tamperLesson, answers: .oneFile(code), submissionName: "fake.py")
    #expect(exercises.map(\.earned) == [0, 0, 0, 0])
    #expect(exercises.map(\.outcome) == ["failed", "failed", "failed", "failed"])
}

@Test func hostInterruptStopsChecksWithoutAVerdict() throws {
    let interrupt = InterruptFlag()
    let session = LessonSession(lesson: tamperLesson, policy: SandboxPolicy(), interrupt: interrupt)
    _ = session.runCell(at: Fixtures.exerciseCell("square", in: tamperLesson), source: "def f(x):\n    while True:\n        x = x + 1")
    interrupt.set()
    #expect(throws: ChecksInterrupted.self) { try session.check("square") }
    #expect(session.progress["square"]?.outcome == .notAttempted)
}
