import Interpreter

/// The `self` of a native method as the Swift wrapper type it must be.
func receiver<T: PyObject>(_ arguments: BoundArguments, _ type: T.Type) throws -> T {
    guard case .object(let object) = arguments["self"], let typed = object as? T else {
        throw PythonError.typeError("descriptor needs a \(T.self) object, not '\(arguments["self"].typeName)'")
    }
    return typed
}

/// Refuses `**kwargs` names outside `accepted`, as matplotlib's `Artist.set()` does:
/// `AttributeError: Line2D.set() got an unexpected keyword argument 'colour'`.
func checkKeywords(_ arguments: BoundArguments, accepted: Set<String>, artist: String) throws {
    for (key, _) in arguments.keywordArgs {
        guard case .str(let name) = key else { continue }
        if !accepted.contains(name) {
            throw PythonError.attributeError("\(artist).set() got an unexpected keyword argument '\(name)'")
        }
    }
}

/// A keyword from `**kwargs`, or nil.
func keyword(_ arguments: BoundArguments, _ name: String) -> Value? {
    arguments.keywordArgs.first { if case .str(name) = $0.key { return true } else { return false } }?.value
}

/// An optional string argument (None → nil) with a matplotlib-like message for other types.
func optionalString(_ value: Value, name: String) throws -> String? {
    switch value {
    case .none: return nil
    case .str(let text): return text
    default: throw PythonError.typeError("\(name) must be a string, not '\(value.typeName)'")
    }
}

/// Text properties matplotlib accepts on titles and labels; drawn text ignores them here.
let textKeywords: Set<String> = [
    "fontsize", "size", "fontweight", "weight", "color", "c", "fontdict", "fontfamily", "family",
    "fontstyle", "style", "ha", "va", "horizontalalignment", "verticalalignment", "rotation", "alpha",
    "backgroundcolor", "wrap", "fontname", "x", "y", "pad", "labelpad", "loc", "fontproperties",
]

/// Python's `repr` of a string, for reprs that quote text (`Text(0.5, 1.0, 'title')`).
func quoted(_ text: String, _ interp: PythonInterpreter) throws -> String {
    try interp.repr(.str(text))
}

/// Python's repr of a float as matplotlib prints coordinates (`0.5`, `1.0`, `0`).
func coordinate(_ value: Double) -> String {
    if value == 0 { return "0" }
    return value == value.rounded() && abs(value) < 1e16 ? "\(Int(value)).0" : "\(value)"
}
