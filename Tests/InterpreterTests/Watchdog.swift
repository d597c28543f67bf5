import Foundation

/// Runs `body`, and ends the test process with a message naming `what` if it is still running
/// after `seconds`: a run that ignores its limits would otherwise hang the whole suite silently.
func withWatchdog<T>(seconds: Double, _ what: String, _ body: () throws -> T) rethrows -> T {
    let alarm = DispatchWorkItem {
        FileHandle.standardError.write(Data("watchdog: still running after \(seconds) s, so the test process stops here:\n\(what)\n".utf8))
        exit(1)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: alarm)
    defer { alarm.cancel() }
    return try body()
}
