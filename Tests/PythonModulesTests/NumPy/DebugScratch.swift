import Testing
import Interpreter
@Test func debugScratch() {
    var output = ""
    let py = PythonInterpreter(output: { output += $0 })
    let m = PyModule(name: "mm")
    m.attributes["f"] = .object(PyNativeFunction("f", "precision=None, threshold=None") { a in .str("\(a.values)") })
    py.registerModule(m)
    let r = py.run("import mm\nprint(mm.f(threshold=3))\nprint(mm.f(3))\ng = mm.f\nprint(g(3))")
    print("OUT<<" + output + "\(String(describing: r))>>")
}
