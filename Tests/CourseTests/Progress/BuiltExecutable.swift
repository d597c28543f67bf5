import Foundation

/// The `deeplings` executable of this build: `swift build --build-tests` puts it beside the test
/// bundle, whatever the configuration or scratch path.
enum BuiltExecutable {
    static var deeplings: String? {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        // The bundle may be a folder (`….xctest/…`) on some set-ups; walk up to the build folder.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("deeplings").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static let missingMessage = "the deeplings executable is not beside the test bundle: build it with `swift build --build-tests` before `swift test --skip-build`"
}
