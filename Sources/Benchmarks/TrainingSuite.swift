import Foundation
import ImageData
import NeuralNet
import Tensors

/// Runs the `training` benchmark suite: the seed models of the article, then the same models in
/// TF-Keras and PyTorch when `.venv-peers` (or `$DEEPLINGS_PEERS_PYTHON`, see `PeersPython`) has them.
/// `quick` trains one epoch on slices for a fast look.
/// `$DEEPLINGS_TRAINING_ONLY` (e.g. `dnn,cnn`) limits the run to some of hello, dnn, cnn, horses300, transfer, peers.
func runTrainingSuite(quick: Bool) throws {
    var figures: [String: Double] = [:]
    func report(_ name: String, _ value: Double) {
        figures[name] = value
        print("\(name): \(String(format: "%.4f", value))")
    }
    let only = ProcessInfo.processInfo.environment["DEEPLINGS_TRAINING_ONLY"].map { Set($0.split(separator: ",").map(String.init)) }
    func wanted(_ part: String) -> Bool { only?.contains(part) ?? true }
    for cnn in [false, true] where only?.contains(cnn ? "cnn-synthetic" : "dnn-synthetic") == true {
        for (name, value) in try TrainingBenchmarks.synthetic(cnn: cnn) { report(name, value) }
    }
    if wanted("hello") { for (name, value) in try TrainingBenchmarks.helloNN(quick: quick) { report(name, value) } }
    if wanted("dnn") || wanted("cnn") {
        let data = try TrainingBenchmarks.fashionMNIST()
        if wanted("dnn") { for (name, value) in try TrainingBenchmarks.dnn(data, quick: quick) { report(name, value) } }
        if wanted("cnn") {
            for (name, value) in try TrainingBenchmarks.cnn(data, quick: quick) { report(name, value) }
            report("cnn_peak_rss_mb", TrainingBenchmarks.peakResidentMegabytes())
        }
    }
    if wanted("horses300") { for (name, value) in try TrainingBenchmarks.horses300(quick: quick) { report(name, value) } }
    if wanted("transfer") { for (name, value) in try TransferBenchmark.step(quick: quick) { report(name, value) } }
    if wanted("peers") { for (name, value) in TrainingPeers.run(quick: quick) { report(name, value) } }
    for figure in ["dnn_epoch_seconds", "cnn_epoch_seconds", "horses300_step_seconds", "transfer_step_seconds"] {
        let peers = ["tf_", "torch_"].compactMap { figures[$0 + figure] }
        if let ours = figures[figure], let fastest = peers.min(), fastest > 0 {
            report(figure.replacingOccurrences(of: "_seconds", with: "_ratio_to_fastest_peer"), ours / fastest)
        }
    }
}
