import Foundation
import Interpreter
import PythonModules

/// Programs whose peak memory must not grow with their repeat count: reference cycles (a
/// learner's own objects, fitted Keras models) and interpreters created and dropped.
private let memoryCases: [(name: String, program: @Sendable (Int) -> String)] = [
    ("rebind_arrays", { n in "import numpy as np\nfor i in range(\(n)):\n    a = np.zeros((1000, 1000))" }),
    (
        "cycle_arrays",
        { n in
            """
            import numpy as np
            class Node: pass
            for i in range(\(n)):
                c = Node()
                c.me = c
                c.big = np.ones((500, 1000))
            """
        }
    ),
    (
        "refit_dnn",
        { n in
            """
            import numpy as np
            import tensorflow as tf
            x = np.random.rand(2000, 28, 28)
            y = np.random.randint(0, 10, 2000)
            for i in range(\(n)):
                model = tf.keras.models.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)),
                                                    tf.keras.layers.Dense(128, activation='relu'),
                                                    tf.keras.layers.Dense(10, activation='softmax')])
                model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
                model.fit(x, y, epochs=1, verbose=0)
            """
        }
    ),
]

/// Runs the `memory` suite: each case at a small and a large repeat count, each in a fresh
/// process (peak RSS is a high-water mark), printing `<case>_<count>_peak_mb`.
func runMemorySuite(quick: Bool) throws {
    let runs: [(String, [Int])] = [
        ("rebind_arrays", [5, 100]), ("cycle_arrays", [5, 100]),
        ("refit_dnn", quick ? [10, 40] : [10, 200]), ("interpreters", [10, 10_000]),
    ]
    for (name, counts) in runs {
        for count in counts {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["--memory-case", name, String(count)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            print(output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// In a child process: runs one memory case `count` times and prints its peak RSS.
func runMemoryCase(_ name: String, count: Int) throws {
    if name == "interpreters" {
        for _ in 0..<count {
            let py = PythonEnvironment.makeInterpreter(output: { _ in }, policy: SandboxPolicy())
            if let failure = py.run("def f(): return f\nclass A:\n    def m(self): return A\nx = A()\nx.me = x") {
                throw BenchmarkFailure(message: failure.traceback)
            }
        }
    } else if let program = memoryCases.first(where: { $0.name == name })?.program(count) {
        let py = PythonEnvironment.makeInterpreter(output: { _ in }, policy: SandboxPolicy())
        if let failure = py.run(program) { throw BenchmarkFailure(message: failure.traceback) }
    } else {
        throw BenchmarkFailure(message: "no memory case named \(name)")
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(name)_\(count)_peak_mb: \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024))")
}
