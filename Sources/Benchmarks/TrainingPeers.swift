import Foundation

/// Runs the TF-Keras and PyTorch reference scripts of `Benchmarks/peers/` and collects their figures.
enum TrainingPeers {
    /// The peers' `tf_…`/`torch_…` figures; empty when the virtualenv is missing.
    /// `$DEEPLINGS_PEER_MODELS` (e.g. `hello,dnn`) limits the models; `$PEER_CNN_EPOCHS` (default 2)
    /// sets the peers' CNN epochs, whose best epoch is reported.
    static func run(quick: Bool) -> [(String, Double)] {
        guard let python = PeersPython.available() else { return [] }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/peers")
        var figures: [(String, Double)] = []
        for script in ["training_tf.py", "training_torch.py"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            let environment = ProcessInfo.processInfo.environment
            let models = environment["DEEPLINGS_PEER_MODELS"].map { $0.split(separator: ",").map(String.init) } ?? []
            process.arguments = [folder.appendingPathComponent(script).path] + (quick ? ["--quick"] : []) + models
            process.currentDirectoryURL = folder
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                for line in output.split(separator: "\n") {
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2, let value = Double(parts[1]) { figures.append((parts[0], value)) }
                }
            } catch {
                print("# peer \(script) failed: \(error)")
            }
        }
        return figures
    }
}
