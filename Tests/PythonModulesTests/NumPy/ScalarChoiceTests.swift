import Testing

/// Where this binding deliberately differs from NumPy 2: scalar results are Python numbers
/// (the course was written for NumPy 1.x and relies on Python-number behaviour).
struct ScalarChoiceTests {
    @Test func elementsAndReductionsArePythonNumbers() {
        let out = runNumPy(
            """
            a = np.array([1, 2, 3])
            f = np.array([0.5, 1.5], dtype=np.float32)
            print(type(a[0]).__name__, type(a.sum()).__name__, type(f[0]).__name__, type(a > 1).__name__)
            print(repr(f[1]), repr(a.max()), repr(np.argmax(f)), list(a))
            """)
        #expect(out == "int int float ndarray\n1.5 3 1 [1, 2, 3]\n")
    }

    @Test func float32ElementsKeepTheirShortestSpelling() {
        let out = runNumPy("y = np.array([[18.98, 0.1]], dtype=np.float32)\nprint(y[0][0], y[0, 1], y.tolist(), y.max())")
        #expect(out == "18.98 0.1 [[18.98, 0.1]] 18.98\n")
    }

    @Test func unsignedScalarsPromoteInsteadOfOverflowing() {
        // NumPy 2 raises OverflowError for np.uint8(1) * -1; the course multiplies uint8 pixels by negative ints.
        #expect(runNumPy("a = np.array([1, 200], dtype=np.uint8)\nprint(a[0] * -1, a[1] - 255, a[1] + a[1])") == "-1 -55 400\n")
    }

    @Test func oneElementArraysConvertLikeNumPy1() {
        #expect(runNumPy("a = np.array([[3.5]])\nprint(float(a), int(a), f'{a[0][0]:.1f}')") == "3.5 3 3.5\n")
    }
}
