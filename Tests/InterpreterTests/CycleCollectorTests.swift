import Foundation
import Testing
@testable import Interpreter

/// Weak references to Python objects, filled by the Python function `keep(obj)`.
final class Keeper {
    final class Box { weak var object: PyObject? }
    var boxes: [Box] = []
    /// How many kept objects are still alive.
    var alive: Int { boxes.filter { $0.object != nil }.count }

    /// The native function `keep` bound to this keeper.
    var function: Value {
        .object(
            PyNativeFunction("keep") { [unowned self] a in
                let box = Box()
                switch a.positional.first {
                case .list(let l)?: box.object = l
                case .dict(let d)?: box.object = d
                case .object(let o)?: box.object = o
                default: break
                }
                boxes.append(box)
                return .none
            })
    }
}

private func interpreter(with keeper: Keeper) -> PythonInterpreter {
    let py = PythonInterpreter(output: { _ in })
    py.setGlobal("keep", keeper.function)
    return py
}

/// Each program builds a cycle, passes one object of it to `keep`, and drops its names.
let cycleShapes: [(String, String)] = [
    ("instance that refers to itself", "class Node: pass\nc = Node()\nc.me = c\nkeep(c)\ndel c"),
    ("list that contains itself", "a = []\na.append(a)\nkeep(a)\ndel a"),
    ("dict that contains itself", "d = {}\nd['me'] = d\nkeep(d)\ndel d"),
    ("cycle through a tuple", "a = []\na.append((1, (a,)))\nkeep(a)\ndel a"),
    ("two instances", "class P: pass\na, b = P(), P()\na.other = b\nb.other = a\nkeep(a)\nkeep(b)\ndel a, b"),
    ("bound method stored on its instance", "class C:\n    def m(self): return 1\nc = C()\nc.callback = c.m\nkeep(c)\ndel c"),
    ("recursive closure", "def outer():\n    def inner(n): return inner(n - 1) if n else 0\n    return inner\nf = outer()\nkeep(f)\ndel f"),
    ("class and its instances", "class K:\n    all = []\n    def __init__(self): K.all.append(self)\nk = K()\nkeep(K)\nkeep(k)\ndel K, k"),
    ("exception that refers to itself", "try:\n    raise ValueError('x')\nexcept ValueError as e:\n    e.args = (e,)\n    keep(e)"),
    ("function default", "class H: pass\nh = H()\ndef f(x=h): return x\nh.f = f\nkeep(h)\ndel h, f"),
]

@Test(arguments: cycleShapes)
func gcCollectFreesCycles(_ shape: (String, String)) {
    let keeper = Keeper()
    let py = interpreter(with: keeper)
    py.collector.isEnabled = false
    #expect(py.run(shape.1, file: "<cycle>") == nil, "\(shape.0)")
    #expect(keeper.alive > 0, "\(shape.0): only a cycle keeps it, until a collection")
    #expect(py.run("import gc\nfound = gc.collect()") == nil)
    #expect(keeper.alive == 0, "\(shape.0): still alive after gc.collect()")
    if case .int(let found)? = py.global("found") { #expect(found >= 1, "\(shape.0)") }
}

@Test func collectionNeverTouchesWhatIsReachable() throws {
    let py = PythonInterpreter(output: { _ in })
    #expect(py.run("a = []\na.append(a)\na.append(1)\nclass N: pass\nn = N()\nn.me = n\nn.x = 5\nheld = [n, (a,)]") == nil)
    let held = try #require(py.global("held"))
    #expect(py.run("del held\nimport gc\ngc.collect()\ngc.collect()") == nil)
    #expect(py.run("assert a[0] is a and a[1] == 1 and n.me is n and n.x == 5") == nil)
    guard case .list(let list) = held else { Issue.record("held is not a list"); return }
    #expect(list.items.count == 2, "a list the host holds keeps its items")
    #expect(py.run("del a, n\ngc.collect()") == nil)
    guard case .object(let node as PyInstance) = list.items[0] else { Issue.record("not an instance"); return }
    #expect(node.attributes["x"] != nil, "an instance the host holds keeps its attributes after its cycle lost its names")
}

@Test func rebindingAndDelFreeAtOnce() {
    let keeper = Keeper()
    let py = interpreter(with: keeper)
    py.collector.isEnabled = false
    #expect(py.run("x = [1, 2]\nkeep(x)\nclass A: pass\na = A()\nkeep(a)") == nil)
    #expect(keeper.alive == 2)
    #expect(py.run("x = None\ndel a") == nil)
    #expect(keeper.alive == 0, "no collection needed for objects outside cycles")
}

@Test func collectionsRunByThemselvesInLongLoops() {
    let keeper = Keeper()
    let py = interpreter(with: keeper)
    #expect(py.run("class Node: pass\nfor i in range(20000):\n    c = Node()\n    c.me = c\n    keep(c)") == nil)
    #expect(keeper.boxes.count == 20000)
    #expect(keeper.alive < 2000, "automatic collections keep cycles bounded, found \(keeper.alive) alive")
    #expect(py.collector.collections > 0)
}

@Test func droppedInterpretersFreeEverything() {
    let keeper = Keeper()
    var globals: [Keeper.Box] = []
    for _ in 0..<10_000 {
        let py = interpreter(with: keeper)
        let program = "def f(): return f\nclass A:\n    def m(self): return A\nx = A()\nx.me = x\nkeep(x)\nkeep(f)\nkeep(A)"
        #expect(py.run(program) == nil)
        let box = Keeper.Box()
        box.object = py.modules["__main__"]
        globals.append(box)
    }
    #expect(keeper.boxes.count == 30_000)
    #expect(keeper.alive == 0, "\(keeper.alive) objects outlived their interpreters")
    #expect(globals.filter { $0.object != nil }.isEmpty)
}

@Test func objectsTheHostHoldsSurviveTheirInterpreter() throws {
    var held: Value?
    do {
        let py = PythonInterpreter(output: { _ in })
        #expect(py.run("a = [1, 2]\na.append(a)\ndef f(): return 3") == nil)
        held = py.global("a")
    }
    guard case .list(let list)? = held else { Issue.record("not a list"); return }
    #expect(list.items.count == 3)
    if case .list(let inner) = list.items[2] { #expect(inner === list) } else { Issue.record("the cycle was cut") }
}

@Test func youngCollectionsKeepWhatOldObjectsHold() {
    let py = PythonInterpreter(output: { _ in })
    #expect(py.run("class N: pass\nkeep = []\nimport gc\ngc.collect()") == nil)
    let before = py.collector.collections
    let program = "for i in range(5000):\n    n = N()\n    n.me = n\n    n.i = i\n    if i % 100 == 0:\n        keep.append(n)"
    #expect(py.run(program) == nil)
    #expect(py.collector.collections > before + 3, "young collections ran during the loop")
    #expect(
        py.run("assert len(keep) == 50\nassert all(k.me is k and k.i % 100 == 0 for k in keep)") == nil,
        "cycles that an old list holds survive young collections")
}
