import Testing
@testable import PythonModules

@Suite("matplotlib errors become Python exceptions")
struct ErrorTests {
    @Test(arguments: [
        ("plt.plot([1, 2, 3], [1, 2])", "ValueError", "x and y must have same first dimension, but have shapes (3,) and (2,)"),
        ("plt.axis('sideways')", "ValueError", "Unrecognized string 'sideways' to axis; try 'on' or 'off'"),
        ("plt.imshow(np.zeros(5))", "TypeError", "Invalid shape (5,) for image data"),
        ("plt.imshow(np.zeros((2, 2, 2)))", "TypeError", "Invalid shape (2, 2, 2) for image data"),
        ("plt.plot([1, 2], colour='red')", "AttributeError", "Line2D.set() got an unexpected keyword argument 'colour'"),
        ("plt.legend(loc=12)", "ValueError", "loc must be string, coordinate tuple, or an integer 0-10, not 12"),
        ("plt.figure(figsize=(0, 3))", "ValueError", "figure size must be positive finite not (0.0, 3.0)"),
        ("plt.imshow(plt)", "TypeError", "Image data of dtype object cannot be converted to float"),
    ])
    func modelErrorsKeepMatplotlibsWording(source: String, type: String, message: String) throws {
        let failure = try #require(PlotSession().failure(source))
        #expect(failure.typeName == type)
        #expect(failure.message == message)
    }

    @Test func numberMessagesNameTheFunction() throws {
        let failure = try #require(PlotSession().failure("plt.xticks('abc')"))
        #expect(failure.message == "xticks() expects numbers here, not the string 'abc'")
    }

    @Test func unknownColormapListsTheChoices() throws {
        let failure = try #require(PlotSession().failure("plt.imshow(np.eye(2), cmap='greyish')"))
        #expect(failure.typeName == "ValueError")
        #expect(failure.message.hasPrefix("'greyish' is not a valid value for cmap; supported values are"))
        #expect(failure.message.contains("'gray'"))
    }

    @Test func wideArraysExplainThePerColumnSpelling() throws {
        let failure = try #require(PlotSession().failure("plt.plot(np.zeros((5, 2)))"))
        #expect(failure.typeName == "ValueError")
        #expect(failure.message.contains("y[:, 0]"))
    }

    @Test func errorsAreCatchableAndStateSurvives() throws {
        let py = PlotSession()
        let printed = try py.run(
            """
            try:
                plt.subplot(2, 2, 9)
            except ValueError as e:
                print('caught')
            plt.plot([1, 2])
            """)
        #expect(printed == "caught\n")
        #expect(py.session.pyplot.gca().lines.count == 1)
    }
}

@Suite("matplotlib limits")
struct LimitTests {
    @Test(arguments: ["plt.subplots(100, 100)", "plt.figure().subplots(2000, 1)"])
    func hugeGridsAreRefused(source: String) throws {
        let failure = try #require(PlotSession().failure(source))
        #expect(failure.typeName == "ValueError")
        #expect(failure.message.contains("at most \(SubplotArguments.maximumGridCells)"))
    }

    @Test func nonPositiveGridsUseTheModelsMessage() throws {
        let failure = try #require(PlotSession().failure("plt.subplots(0, 2)"))
        #expect(failure.message == "Number of rows must be a positive integer, not 0")
    }
}

@Suite("odd arguments raise Python exceptions")
struct OddArgumentTests {
    @Test(arguments: [
        "plt.plot([[1, 2], [3]])", "plt.imshow([])", "plt.imshow(np.zeros((0, 3)))", "plt.xlim('a', 'b')",
        "plt.figure(figsize='big')", "plt.subplot(2, 2, 'a')", "plt.subplots(2, 2)[1]['x']",
        "plt.subplots(2, 2)[1][0.5]", "plt.legend(1, 2, 3)", "plt.axis([1, 2])",
        "plt.imshow(np.zeros((3, 3)), aspect='weird')", "plt.savefig(5)", "mpimg.imread('/etc/passwd')",
        "plt.figure(num=-1)", "plt.plot(None)", "plt.plot([1, 2], linewidth='thick')", "plt.subplot(2, 2)",
        "plt.gcf().set_size_inches('a')", "plt.imshow(np.zeros((2, 2)), cmap=3)", "plt.plot([1], color=(2, 0, 0))",
        "plt.subplot(1000)", "plt.xticks('abc')", "plt.rcParams['figure.figsize'] = 3",
    ])
    func raisesInsteadOfTrapping(source: String) throws {
        let failure = try #require(PlotSession().failure(source))
        #expect(!failure.typeName.isEmpty && !failure.message.isEmpty)
    }
}
