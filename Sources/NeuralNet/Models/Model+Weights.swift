import Foundation
import Tensors

extension Model {
    /// Copies of every weight, in layer order (Keras' `get_weights()`).
    public func getWeights() -> [Tensor] {
        weights.map { $0.copy() }
    }

    /// Overwrites every weight in place from `values`, in `getWeights()` order, checking count and shapes.
    public func setWeights(_ values: [Tensor]) throws {
        let current = weights
        guard values.count == current.count else {
            throw NeuralNetError.invalidArgument(
                "You called `set_weights(weights)` on model \"\(name)\" with a weight list of length \(values.count), but the model was expecting \(current.count) weights. Pass the list that get_weights() returns for this architecture."
            )
        }
        for (index, (target, value)) in zip(current, values).enumerated() where target.shape != value.shape {
            throw NeuralNetError.invalidArgument(
                "Weight \(index) of model \"\(name)\" has shape \(ShapeText.tuple(target.shape)), but the value given has shape \(ShapeText.tuple(value.shape)). Pass weights from a model with the same layers."
            )
        }
        for (target, value) in zip(current, values) {
            try target.assign(try value.cast(to: .float32))
        }
    }

    /// Writes all weights to `path`: Keras 3's layout for `.weights.h5`, TF-Keras 2's for other
    /// `.h5` or `.hdf5` names, else the Deeplings weights format (see `WeightsFile`).
    ///
    ///     try model.saveWeights(to: "/tmp/model.weights.h5")
    public func saveWeights(to path: String) throws {
        if Keras3Weights.isKeras3Path(path) { return try saveKeras3Weights(to: path) }
        if KerasH5.isKerasPath(path) { return try saveKerasWeights(to: path) }
        let entries = layers.flatMap { layer in
            zip(layer.weightNames, layer.weights).map { (layer.name + "/" + $0, $1) }
        }
        try WeightsFile.write(entries, modelName: name, to: path)
    }

    /// Reads weights saved by `saveWeights(to:)` (or by Keras, for `.h5` files) into this model.
    public func loadWeights(from path: String, byName: Bool = false, skipMismatch: Bool = false) throws {
        if KerasH5.isKerasPath(path) {
            if try Keras3Weights.isKeras3File(path) { return try loadKeras3Weights(from: path) }
            return try loadKerasWeights(from: path, byName: byName, skipMismatch: skipMismatch)
        }
        let entries = try WeightsFile.read(from: path)
        let current = weights
        guard entries.count == current.count else {
            throw NeuralNetError.invalidArgument(
                "The file \(path) holds \(entries.count) weights but model \"\(name)\" has \(current.count). Load weights saved from a model with the same layers (build the model first, e.g. by giving input_shape)."
            )
        }
        try setWeights(entries.map(\.tensor))
    }
}

/// The Deeplings weights format, version 1: a UTF-8 header, then raw little-endian float32 data.
///
///     deeplings-weights 1
///     model sequential
///     count 2
///     dense/kernel 1 1
///     dense/bias 1
///     <empty line>
///     <the values of each tensor in the order listed, row-major, 4 bytes each>
///
/// Each header line after `count` is a name followed by the tensor's shape (a scalar lists no
/// dimensions). Floats are stored bit for bit, so a save/load round trip is exact.
public enum WeightsFile {
    static let magic = "deeplings-weights 1"

    /// Writes named tensors to `path`.
    public static func write(_ entries: [(String, Tensor)], modelName: String, to path: String) throws {
        var header = "\(magic)\nmodel \(modelName)\ncount \(entries.count)\n"
        for (name, tensor) in entries {
            header += ([name] + tensor.shape.map(String.init)).joined(separator: " ") + "\n"
        }
        header += "\n"
        var data = Data(header.utf8)
        for (_, tensor) in entries {
            let values: [Float] = try RowGather.contiguousFloat(tensor).asArray(Float.self)
            values.withUnsafeBufferPointer { buffer in
                data.append(contentsOf: UnsafeRawBufferPointer(buffer))
            }
        }
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw NeuralNetError.notFound("Cannot write \(path). Check that its folder exists and is writable.")
        }
    }

    /// Reads named tensors from `path`.
    public static func read(from path: String) throws -> [(name: String, tensor: Tensor)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NeuralNetError.notFound("Unable to open file: \(path) (no such file). Check the path, or save the weights first with model.save_weights(path).")
        }
        let bytes = [UInt8](data)
        guard let end = bytes.indices.dropFirst().first(where: { bytes[$0] == 10 && bytes[$0 - 1] == 10 }) else {
            throw corrupt(path, "no header")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == magic, lines.count >= 3, lines[2].hasPrefix("count "), let count = Int(lines[2].dropFirst(6)),
            lines.count == 3 + count
        else {
            throw corrupt(path, "the header is not a Deeplings weights header")
        }
        var offset = end + 1
        var result: [(String, Tensor)] = []
        for line in lines[3...] {
            let fields = line.split(separator: " ").map(String.init)
            guard let name = fields.first else { throw corrupt(path, "an empty tensor line") }
            let shape = try fields.dropFirst().map { field -> Int in
                guard let value = Int(field), value >= 0 else { throw corrupt(path, "a bad shape in '\(line)'") }
                return value
            }
            let count = shape.reduce(1, *)
            guard offset + count * 4 <= bytes.count else { throw corrupt(path, "the data ends early") }
            let values = bytes[offset..<offset + count * 4].withUnsafeBytes { raw in
                (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
            }
            offset += count * 4
            result.append((name, try Tensor(values, shape: shape)))
        }
        return result
    }

    private static func corrupt(_ path: String, _ detail: String) -> NeuralNetError {
        .invalidArgument("\(path) is not a valid Deeplings weights file (\(detail)). Save it again with model.save_weights(path).")
    }
}
