import Testing
@testable import PythonModules

@Suite struct KerasTrainingTests {
    @Test func helloNeuralNetworkConvergesToNineteen() throws {
        let s = KerasSession()
        s.run("""
        from tensorflow import keras
        model = keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])
        model.compile(optimizer='sgd', loss='mean_squared_error')
        xs = [-1.0, 0.0, 1.0, 2.0, 3.0, 4.0]
        ys = [-3.0, -1.0, 1.0, 3.0, 5.0, 7.0]
        history = model.fit(xs, ys, epochs=500, verbose=0)
        y = model.predict([10.0])
        """)
        #expect(try s.repr("y.shape") == "(1, 1)")
        #expect(abs(try s.double("y[0][0]") - 19) < 0.2)
        #expect(try s.repr("len(history.history['loss'])") == "500")
        #expect(try s.repr("history.epoch[-1]") == "499")
    }
}
