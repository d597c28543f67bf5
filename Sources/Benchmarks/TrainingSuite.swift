import Foundation
import ImageData
import NeuralNet
import Tensors

/// Runs the `training` benchmark suite: the seed models of the article, then the same models in
/// TF-Keras and PyTorch when `/work/venv-peers` (or `$DEEPLINGS_PEERS_PYTHON`) has them.
/// `quick` trains one epoch on slices for a fast look.
func runTrainingSuite(quick: Bool) throws {
    var figures: [String: Double] = [:]
    func report(_ name: String, _ value: Double) {
        figures[name] = value
        print("\(name): \(String(format: "%.4f", value))")
    }
    for (name, value) in try TrainingBenchmarks.helloNN(quick: quick) { report(name, value) }
    let data = try TrainingBenchmarks.fashionMNIST()
    for (name, value) in try TrainingBenchmarks.dnn(data, quick: quick) { report(name, value) }
    for (name, value) in try TrainingBenchmarks.cnn(data, quick: quick) { report(name, value) }
    report("cnn_peak_rss_mb", TrainingBenchmarks.peakResidentMegabytes())
    for (name, value) in try TrainingBenchmarks.horses300(quick: quick) { report(name, value) }
    for (name, value) in TrainingPeers.run(quick: quick) { report(name, value) }
    for figure in ["dnn_epoch_seconds", "cnn_epoch_seconds", "horses300_step_seconds"] {
        let peers = ["tf_", "torch_"].compactMap { figures[$0 + figure] }
        if let ours = figures[figure], let fastest = peers.min(), fastest > 0 {
            report(figure.replacingOccurrences(of: "_seconds", with: "_ratio_to_fastest_peer"), ours / fastest)
        }
    }
}
