import Testing
@testable import Plotting
@testable import PythonModules

@Suite("plot and imshow arguments")
struct ArgumentTests {
    @Test(arguments: [
        "plt.plot(range(5), [1, 2, 3, 4, 5])",
        "plt.plot((0, 1, 2, 3, 4), np.array([1, 2, 3, 4, 5]))",
        "plt.plot(np.arange(5), np.arange(5) * 2.0)",
        "history = {'loss': [0.9, 0.5, 0.3, 0.2, 0.1]}\nplt.plot(history['loss'])",
        "plt.plot(np.array([[1.0], [2.0], [3.0], [4.0], [5.0]]))",
    ])
    func arrayLikesPlotFivePoints(source: String) throws {
        let py = PlotSession()
        try py.run(source)
        let line = try #require(py.session.pyplot.gca().lines.first)
        #expect(line.x.count == 5 && line.y.count == 5)
    }

    @Test func formatStringsAndKeywordsStyleLines() throws {
        let py = PlotSession()
        try py.run(
            """
            epochs = range(3)
            plt.plot(epochs, [1, 2, 3], 'bo', label='Training loss')
            plt.plot(epochs, [3, 2, 1], color='red', linestyle='--', linewidth=2, marker='x')
            plt.plot(epochs, [2, 2, 2], 'r', 'Validation accuracy')
            """)
        let lines = py.session.pyplot.gca().lines
        #expect(lines.count == 3)
        #expect(lines[0].marker != nil && lines[0].label == "Training loss")
        #expect(lines[1].lineWidth == 2 && lines[1].marker != nil)
        #expect(lines[2].label == "Validation accuracy")
    }

    @Test func imshowAcceptsImageKinds() throws {
        let py = PlotSession()
        try py.run(
            """
            plt.imshow(np.zeros((28, 28), dtype='uint8'), cmap='binary')
            plt.imshow(np.ones((4, 5, 3)))
            plt.imshow(np.full((4, 5, 4), 255, dtype='uint8'))
            plt.imshow([[0.0, 0.5], [0.5, 1.0]], cmap='viridis', aspect='auto')
            """)
        let images = py.session.pyplot.gca().images
        #expect(images.map(\.width) == [28, 5, 5, 2])
        #expect(images[2].rgbaPixels().allSatisfy { $0 == 255 })
    }

    @Test func grayMakesLaterAndCurrentImagesGray() throws {
        let py = PlotSession()
        try py.run("plt.imshow(np.eye(3))\nplt.gray()\nplt.figure()\nplt.imshow(np.eye(3))")
        #expect(py.session.pyplot.figures.values.allSatisfy { $0.axes[0].images[0].colormap.name == "gray" })
    }

    @Test func clippingWarningIsPrinted() throws {
        let printed = try PlotSession().run("plt.imshow(np.full((2, 2, 3), 2.0))")
        #expect(printed.hasPrefix("WARNING:matplotlib.image:Clipping input data to the valid range for imshow with RGB data"))
    }

    @Test func legendWithoutLabelsWarns() throws {
        let py = PlotSession()
        let printed = try py.run("plt.plot([1, 2])\nplt.legend()")
        #expect(printed.hasPrefix("WARNING:matplotlib.legend:No artists with labels found to put in legend."))
        #expect(try py.run("plt.legend(['loss'])") == "")
        #expect(py.session.pyplot.gca().legendEntries.map(\.label) == ["loss"])
    }

    @Test func axesDecorationsReachTheModel() throws {
        let py = PlotSession()
        try py.run(
            """
            ax = plt.gca()
            ax.plot([1, 2, 3])
            ax.grid(True)
            ax.set_xticks([0, 1, 2])
            ax.get_yaxis().set_visible(False)
            plt.xlim(0, 5)
            plt.ylim((1, 4))
            """)
        let axes = py.session.pyplot.gca()
        #expect(axes.gridVisible)
        #expect(axes.xTicks == [0, 1, 2] && axes.yTicks == [])
        #expect(axes.viewLimits.left == 0 && axes.viewLimits.right == 5 && axes.viewLimits.top == 4)
        #expect(try py.repr("plt.xlim()") == "(0.0, 5.0)")
        try py.run("plt.grid(False)\nplt.axis('off')")
        #expect(!axes.gridVisible && !axes.axisVisible)
    }

    @Test func axesSetAndHiddenTicks() throws {
        let py = PlotSession()
        try py.run(
            """
            fig, ax = plt.subplots(figsize=(15, 5))
            ax.set(title='Loss', xlabel='epoch', ylabel='value', xlim=(0, 9))
            plt.xticks([])
            plt.yticks([])
            plt.savefig('tight.png', bbox_inches='tight', facecolor='white')
            """)
        let axes = py.session.pyplot.gca()
        #expect(axes.title == "Loss" && axes.xlabel == "epoch" && axes.ylabel == "value")
        #expect(axes.viewLimits.right == 9)
        #expect(axes.xTicks == [] && axes.yTicks == [])
        let failure = try #require(py.failure("ax.set(colour='red')"))
        #expect(failure.message == "Axes.set() got an unexpected keyword argument 'colour'")
    }

    @Test func rcParamsSetTheDefaultFigureSize() throws {
        let py = PlotSession()
        try py.run("plt.rcParams['figure.figsize'] = (8, 4)")
        #expect(try py.repr("plt.figure()") == "<Figure size 800x400 with 0 Axes>")
    }
}

@Suite("imshow of array-like objects")
struct ArrayInterfaceTests {
    @Test func objectsWithArrayMethodAreShown() throws {
        let py = PlotSession()
        try py.run(
            """
            class Picture:
                def __array__(self):
                    return np.zeros((3, 4, 3), dtype='uint8')
            plt.imshow(Picture())
            """)
        let image = try #require(py.session.pyplot.gca().images.first)
        #expect(image.width == 4 && image.height == 3)
    }
}

@Suite("pyplot extras")
struct ExtrasTests {
    @Test func scatterDrawsMarkersWithoutALine() throws {
        let py = PlotSession()
        let text = try py.repr("plt.scatter([1, 2, 3], [3, 1, 2], c='red', label='points')")
        #expect(text.hasPrefix("<matplotlib.collections.PathCollection object at 0x"))
        let line = try #require(py.session.pyplot.gca().lines.first)
        #expect(line.lineStyle == .none && line.marker != nil && line.label == "points")
        let failure = try #require(py.failure("plt.scatter([1, 2], [1])"))
        #expect(failure.message == "x and y must be the same size")
    }

    @Test func styleAndRcAreAccepted() throws {
        let py = PlotSession()
        try py.run("plt.style.use('ggplot')\nplt.rc('font', size=12)")
        #expect(try py.repr("'ggplot' in plt.style.available") == "True")
    }
}
