import Foundation
import Interpreter
import Tensors

/// The `numpy` module object: constants, dtypes and the functions in `NumPyFunctions*`.
enum NumPyModule {
    static func make(_ interp: PythonInterpreter) -> PyModule {
        let module = PyModule(name: "numpy", doc: "A NumPy subset over Deeplings tensors.")
        var attributes: [String: Value] = [
            "ndarray": .object(NDArrayClass.type),
            "newaxis": .none,
            "pi": .float(Double.pi),
            "e": .float(M_E),
            "inf": .float(.infinity),
            "nan": .float(.nan),
            "__version__": .str("2.4.6"),
            "float_": .object(ScalarType.named(.float64)),
            "int_": .object(ScalarType.named(.int64)),
            "bool_": .object(ScalarType.named(.bool)),
            "double": .object(ScalarType.named(.float64)),
            "single": .object(ScalarType.named(.float32)),
            "ubyte": .object(ScalarType.named(.uint8)),
        ]
        for type in ScalarType.all { attributes[type.name] = .object(type) }
        for function in NumPyFunctions.creation + NumPyFunctions.shaping + NumPyFunctions.math + NumPyFunctions.misc {
            attributes[function.name] = .object(function)
        }
        attributes["amax"] = attributes["max"]
        attributes["amin"] = attributes["min"]
        attributes["absolute"] = attributes["abs"]
        attributes["around"] = attributes["round"]
        module.attributes = attributes
        module.lazyAttribute = { name in
            name == "random" ? .object(try interp.importModule("numpy.random")) : nil
        }
        return module
    }
}
