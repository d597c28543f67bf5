import Interpreter
import Tensors

/// `numpy.random`: placeholder until the seeded generator lands.
enum NumPyRandomModule {
    static func make() -> PyModule { PyModule(name: "numpy.random") }
}
