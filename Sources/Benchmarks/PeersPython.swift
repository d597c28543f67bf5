import Foundation

/// The Python of the peers' virtualenv (TensorFlow, PyTorch): `$DEEPLINGS_PEERS_PYTHON`, else
/// the project's own ignored `.venv-peers` that `scripts/peers.sh` creates.
enum PeersPython {
    /// The interpreter's path, whether or not it exists.
    static var path: String {
        if let chosen = ProcessInfo.processInfo.environment["DEEPLINGS_PEERS_PYTHON"], !chosen.isEmpty { return chosen }
        return projectRoot.appendingPathComponent(".venv-peers/bin/python").path
    }

    /// The path when it can run, else nil after printing how to make it (`# …`, not a figure).
    static func available() -> String? {
        let python = path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            print("# peers skipped: no Python at \(python) (run scripts/peers.sh, or set DEEPLINGS_PEERS_PYTHON)")
            return nil
        }
        return python
    }

    /// The package folder (this file is `Sources/Benchmarks/PeersPython.swift`).
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
