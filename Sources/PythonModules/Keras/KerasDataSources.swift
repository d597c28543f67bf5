import ImageData
import Interpreter
import NeuralNet
import Tensors

/// What `fit`, `evaluate` and `predict` accept besides arrays: the iterators of
/// `ImageDataGenerator` (as `NeuralNet` batch sources) and validation tuples.
enum KerasDataSources {
    /// A batch source for a generator-like `value`, or nil when it is array data.
    static func batchSource(_ value: Value, _ interp: PythonInterpreter) throws -> BatchSource? {
        guard case .object(let o) = value else { return nil }
        if let iterator = o as? KerasIteratorObject { return IteratorBatches(iterator) }
        if o is PyInstance || o is PyIterator, KerasArrays.array(value) == nil {
            throw PythonError.valueError(
                "Unrecognized data type: x=\(try interp.repr(value)) (of type \(value.typeName)). Pass NumPy arrays, or an iterator from ImageDataGenerator.flow_from_directory(...) or .flow(...)."
            )
        }
        return nil
    }

    /// `validation_data=` as an iterator, or an `(x, y)` tuple of arrays, batched by `batchSize`.
    static func validationSource(_ value: Value, batchSize: Int, _ interp: PythonInterpreter) throws -> BatchSource? {
        if value.isNone { return nil }
        if let source = try batchSource(value, interp) { return source }
        let (x, y) = try validationTuple(value, interp)
        return try TensorBatches(
            x: try KerasArrays.tensor(from: x, interp, argument: "validation_data[0]"),
            y: try KerasArrays.tensor(from: y, interp, argument: "validation_data[1]"), batchSize: batchSize)
    }

    /// The `(x, y)` of `validation_data=(x, y)` or `(x, y, sample_weight)`.
    static func validationTuple(_ value: Value, _ interp: PythonInterpreter) throws -> (Value, Value) {
        switch value {
        case .tuple(let items) where items.count == 2 || items.count == 3: return (items[0], items[1])
        case .list(let list) where list.items.count == 2 || list.items.count == 3: return (list.items[0], list.items[1])
        default:
            throw PythonError.valueError(
                "When passing a `validation_data` argument, it must contain either 2 items (x_val, y_val), or 3 items (x_val, y_val, val_sample_weights). Received: validation_data=\(value.typeName). Write validation_data=(x_test, y_test)."
            )
        }
    }
}

/// An `ImageDataGenerator` iterator as a `NeuralNet` batch source: each batch is the iterator's
/// next one, so an epoch of `steps_per_epoch` batches continues where the last stopped, as in Keras.
final class IteratorBatches: BatchSource {
    let object: KerasIteratorObject

    init(_ object: KerasIteratorObject) {
        self.object = object
    }

    var batchCount: Int { object.iterator.batchesPerEpoch }
    var sampleCount: Int { object.iterator.sampleCount }
    var sampleShape: [Int] { object.sampleShape }
    var targetShape: [Int] { object.targetShape }

    func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        let batch = try object.iterator.next()
        let x = try Tensor(batch.images, shape: batch.imageShape)
        guard let labels = batch.labels, let shape = batch.labelShape else {
            throw PythonError.valueError(
                "This iterator yields images without labels (class_mode=None), so it cannot train or evaluate a model. Use class_mode='binary' or 'categorical'.")
        }
        return (x, try Tensor(labels, shape: shape))
    }

    func startPass() {}
}

/// In-memory arrays cut into batches in order (validation data beside a generator).
final class TensorBatches: BatchSource {
    let x: Tensor
    let y: Tensor
    let batchSize: Int

    init(x: Tensor, y: Tensor, batchSize: Int) throws {
        guard x.rank >= 1, y.rank >= 1, x.shape[0] == y.shape[0] else {
            throw PythonError.valueError("Data cardinality is ambiguous: x sizes: \(x.shape.first ?? 0), y sizes: \(y.shape.first ?? 0). Pass as many labels as samples.")
        }
        self.x = try x.cast(to: .float32)
        self.y = try y.cast(to: .float32)
        self.batchSize = max(batchSize, 1)
    }

    var sampleCount: Int { x.shape[0] }
    var batchCount: Int { (sampleCount + batchSize - 1) / batchSize }
    var sampleShape: [Int] { Array(x.shape.dropFirst()) }
    var targetShape: [Int] { Array(y.shape.dropFirst()) }

    func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        let range = index * batchSize..<min((index + 1) * batchSize, sampleCount)
        return (try x[.range(range)].copy(), try y[.range(range)].copy())
    }

    func startPass() {}
}
