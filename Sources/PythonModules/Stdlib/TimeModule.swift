import Foundation
import Interpreter

/// Python's `time`: clocks, and a `sleep` that Ctrl-C and the run's time limit can cut short.
enum TimeModule {
    static func make() -> PyModule {
        let m = NativeModuleBuilder("time", doc: "Time access, as Python's time module.")
        let start = DispatchTime.now()
        m.function("time", "") { _ in .float(Date().timeIntervalSince1970) }
        m.function("perf_counter", "") { _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        m.function("monotonic", "") { _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        }
        m.function("sleep", "secs") { a in
            let seconds = try a.double("secs")
            guard seconds >= 0 else { throw PythonError.valueError("sleep length must be non-negative") }
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                try a.interpreter.checkLimits()
                Thread.sleep(forTimeInterval: min(0.01, max(0, deadline.timeIntervalSinceNow)))
            }
            return .none
        }
        return m.module
    }
}

/// Python's `signal` constants, so that `os.kill(os.getpid(), signal.SIGKILL)` parses and runs.
enum SignalModule {
    static func make() -> PyModule {
        let m = NativeModuleBuilder("signal", doc: "Signal numbers; sending signals is not possible here.")
        for (name, number) in [("SIGINT", 2), ("SIGKILL", 9), ("SIGTERM", 15), ("SIGHUP", 1)] {
            m.constant(name, .int(number))
        }
        return m.module
    }
}
