import Interpreter
import Testing
@testable import PythonModules

/// Counts how many of the objects Python passed to `keep(obj)` are still alive.
private final class WeakKeeper {
    final class Box { weak var object: PyObject? }
    var boxes: [Box] = []
    var alive: Int { boxes.filter { $0.object != nil }.count }

    func install(in py: PythonInterpreter) {
        py.setGlobal(
            "keep",
            .object(
                PyNativeFunction("keep") { [unowned self] a in
                    let box = Box()
                    if case .object(let o)? = a.positional.first { box.object = o }
                    boxes.append(box)
                    return .none
                }))
    }
}

@Test func arraysHeldByCyclesAreFreedAsTheyPileUp() {
    let session = KerasSession()
    let keeper = WeakKeeper()
    keeper.install(in: session.py)
    session.run(
        """
        import numpy as np
        class Node: pass
        for i in range(100):
            c = Node()
            c.me = c
            c.big = np.ones((500, 1000))
            keep(c.big)
        """)
    #expect(keeper.boxes.count == 100)
    // 4 MB each: a collection runs after every 8 MB of new arrays, not after 700 objects.
    #expect(keeper.alive <= 4, "\(keeper.alive) arrays of 4 MB still alive")
}

@Test func rebuiltModelsAreFreed() {
    let session = KerasSession()
    let keeper = WeakKeeper()
    keeper.install(in: session.py)
    session.run(
        """
        import numpy as np
        import tensorflow as tf
        x = np.random.rand(64, 28, 28)
        y = np.random.randint(0, 10, 64)
        for i in range(24):
            model = tf.keras.models.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)),
                                                tf.keras.layers.Dense(128, activation='relu'),
                                                tf.keras.layers.Dense(10, activation='softmax')])
            model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
            model.fit(x, y, epochs=1, verbose=0)
            keep(model)
        """)
    #expect(keeper.boxes.count == 24)
    #expect(keeper.alive <= 4, "\(keeper.alive) fitted models (about 1.2 MB each with Adam's state) still alive")
    session.run("import gc\ngc.collect()")
    #expect(keeper.alive == 1, "only the model bound to `model` survives a full collection")
}
