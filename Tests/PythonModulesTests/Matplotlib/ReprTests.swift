import Testing
@testable import Plotting
@testable import PythonModules

@Suite("matplotlib reprs and return values")
struct ReprTests {
    @Test func plotReturnsAListOfLine2D() throws {
        let py = PlotSession()
        let text = try py.repr("plt.plot([1, 2, 3], [4, 5, 6], 'bo', label='points')")
        #expect(text.wholeMatch(of: /\[<matplotlib\.lines\.Line2D object at 0x[0-9a-f]+>\]/) != nil)
        let two = try py.repr("plt.plot([1, 2], [3, 4], 'r', [1, 2], [5, 6], 'g')")
        #expect(two.matches(of: /Line2D object/).count == 2)
    }

    @Test(arguments: [
        ("plt.title('Training and validation accuracy')", "Text(0.5, 1.0, 'Training and validation accuracy')"),
        ("plt.xlabel('Epochs')", "Text(0.5, 0, 'Epochs')"),
        ("plt.ylabel('Loss')", "Text(0, 0.5, 'Loss')"),
        ("plt.suptitle('All')", "Text(0.5, 0.98, 'All')"),
        ("plt.figure()", "<Figure size 640x480 with 0 Axes>"),
        ("plt.figure(figsize=(10, 5))", "<Figure size 1000x500 with 0 Axes>"),
        ("plt.figure(figsize=(4, 3), dpi=50)", "<Figure size 200x150 with 0 Axes>"),
        ("plt.subplots(3, 4)[0]", "<Figure size 640x480 with 12 Axes>"),
        ("plt.gca()", "<Axes: >"),
        ("str(plt.figure(figsize=(3, 2)))", "'Figure(300x200)'"),
        ("plt.axis('off')", "(0.0, 1.0, 0.0, 1.0)"),
    ])
    func reprMatchesMatplotlib(expression: String, expected: String) throws {
        #expect(try PlotSession().repr(expression) == expected)
    }

    @Test func imshowAndLegendReturnTheirArtists() throws {
        let py = PlotSession()
        try py.run("plt.plot([1, 2], label='a')")
        #expect(try py.repr("plt.imshow(np.zeros((2, 2)))").hasPrefix("<matplotlib.image.AxesImage object at 0x"))
        #expect(try py.repr("plt.legend(loc=0)").hasPrefix("<matplotlib.legend.Legend object at 0x"))
    }

    @Test func axesReprNamesTitleAndLabels() throws {
        let py = PlotSession()
        try py.run("ax = plt.subplot(1, 1, 1)\nax.set_title('Loss')\nax.set_xlabel('epoch')")
        #expect(try py.repr("ax") == "<Axes: title={'center': 'Loss'}, xlabel='epoch'>")
    }

    @Test func lastExpressionEchoShowsMatplotlibsRepr() throws {
        let py = PlotSession()
        let printed = try py.run("plt.plot([1, 2, 3])\nplt.title('Progress')", echo: .lastExpression)
        #expect(printed == "Text(0.5, 1.0, 'Progress')\n")
    }

    @Test func sameFigureAndAxesObjectsComeBack() throws {
        let py = PlotSession()
        try py.run("ax = plt.subplot(221)\nfig = plt.gcf()")
        #expect(try py.repr("plt.gca() is ax") == "True")
        #expect(try py.repr("plt.subplot(2, 2, 1) is ax") == "True")
        #expect(try py.repr("ax.figure is fig") == "True")
        #expect(try py.repr("plt.figure(1) is fig") == "True")
    }

    @Test func moduleSpellingsImport() throws {
        let py = PlotSession()
        try py.run(
            """
            import matplotlib
            matplotlib.use('Agg')
            from matplotlib import pyplot
            import matplotlib.pyplot as plt2
            """)
        #expect(try py.repr("pyplot is plt2 and plt is plt2") == "True")
        #expect(try py.repr("matplotlib.__version__") == "'\(MatplotlibBinding.version)'")
    }
}
