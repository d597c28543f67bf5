import Testing
@testable import Plotting
@testable import PythonModules

@Suite("subplots and the axes array")
struct SubplotsTests {
    @Test func gridIndexesLikeNumPy() throws {
        let py = PlotSession()
        try py.run("f, axarr = plt.subplots(3, 4)")
        #expect(try py.repr("axarr.shape") == "(3, 4)")
        #expect(try py.repr("type(axarr[0, 1]).__name__") == "'Axes'")
        #expect(try py.repr("axarr[1][2] is axarr[1, 2]") == "True")
        #expect(try py.repr("axarr[-1, -1] is axarr[2, 3]") == "True")
        #expect(try py.repr("axarr[:, 0].shape") == "(3,)")
        #expect(try py.repr("axarr[0].shape") == "(4,)")
        #expect(try py.repr("len(axarr)") == "3")
        #expect(try py.repr("len([ax for row in axarr for ax in row])") == "12")
        #expect(try py.repr("len(list(axarr.flat))") == "12")
        #expect(try py.repr("axarr.flatten()[5] is axarr[1, 1]") == "True")
    }

    @Test func courseActivationGridRuns() throws {
        let py = PlotSession(colorMode: .plainASCII)
        try py.run(
            """
            f, axarr = plt.subplots(3, 4)
            f1 = np.arange(200.0).reshape(1, 5, 5, 8)
            for x in range(0, 4):
                axarr[0, x].imshow(f1[0, :, :, x], cmap='inferno')
                axarr[0, x].grid(False)
            """)
        #expect(py.session.pyplot.gcf().axes.filter { !$0.images.isEmpty }.count == 4)
    }

    @Test(arguments: [
        ("plt.subplots()[1]", "<Axes: >"),
        ("plt.subplots(1, 3)[1].shape", "(3,)"),
        ("plt.subplots(2, 1)[1].shape", "(2,)"),
        ("plt.subplots(1, 1, squeeze=False)[1].shape", "(1, 1)"),
        ("plt.subplots(2, 2)[1]", "array([[<Axes: >, <Axes: >],\n       [<Axes: >, <Axes: >]], dtype=object)"),
    ])
    func squeezingFollowsMatplotlib(expression: String, expected: String) throws {
        #expect(try PlotSession().repr(expression) == expected)
    }

    @Test func outOfRangeIndexIsIndexError() throws {
        let failure = try #require(PlotSession().failure("f, axarr = plt.subplots(2, 2)\naxarr[2, 0]"))
        #expect(failure.typeName == "IndexError")
        #expect(failure.message == "index 2 is out of bounds for axis 0 with size 2")
    }

    @Test func subplotCodesAndIndices() throws {
        let py = PlotSession()
        try py.run(
            """
            plt.figure(figsize=(10, 10))
            for i in range(4):
                sp = plt.subplot(2, 2, i + 1)
                sp.axis('Off')
                plt.imshow(np.zeros((3, 3)))
            """)
        let figure = py.session.pyplot.gcf()
        #expect(figure.axes.count == 4)
        #expect(figure.axes.allSatisfy { !$0.axisVisible && $0.images.count == 1 })
        let failure = try #require(py.failure("plt.subplot(2, 2, 5)"))
        #expect(failure.typeName == "ValueError")
    }

    @Test func figureMethodsWork() throws {
        let py = PlotSession()
        try py.run(
            """
            fig = plt.gcf()
            fig.set_size_inches(18.5, 10.5)
            ax = fig.add_subplot(121)
            ax.plot([1, 2])
            """)
        #expect(try py.repr("fig") == "<Figure size 1850x1050 with 1 Axes>")
        #expect(try py.repr("[float(v) for v in fig.get_size_inches()]") == "[18.5, 10.5]")
        #expect(try py.repr("fig.axes[0] is ax") == "True")
    }
}
