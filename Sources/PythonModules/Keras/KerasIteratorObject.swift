import ImageData
import Interpreter
import Tensors

/// Keras' `DirectoryIterator` / `NumpyArrayIterator` as a Python object: `next(it)` gives an
/// `(images, labels)` tuple of arrays, `len(it)` the batches per epoch, `it[i]` batch `i`, and
/// the attributes `class_indices`, `classes`, `filenames`, `samples`, `batch_size`, `image_shape`.
///
///     train = datagen.flow_from_directory('horse-or-human/', target_size=(150, 150), class_mode='binary')
///     x, y = next(train)          # (32, 150, 150, 3), (32,)
final class KerasIteratorObject: PyIterator {
    let iterator: BatchIterator
    let sampleShape: [Int]
    let targetShape: [Int]
    let cls: PyClass

    init(_ iterator: BatchIterator, sampleShape: [Int], targetShape: [Int], cls: PyClass) {
        self.iterator = iterator
        self.sampleShape = sampleShape
        self.targetShape = targetShape
        self.cls = cls
    }

    override var pyClass: PyClass { cls }

    override func next(_ interp: PythonInterpreter) throws -> Value? {
        try KerasErrors.translating { try pythonBatch(try iterator.next(), interp) }
    }

    override func length(_ interp: PythonInterpreter) throws -> Int { iterator.batchesPerEpoch }

    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        let index = try Int(python: key)
        return try KerasErrors.translating { try pythonBatch(try iterator.imageBatch(at: index), interp) }
    }

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        let directory = iterator as? DirectoryIterator
        switch name {
        case "samples", "n": return .int(iterator.sampleCount)
        case "batch_size": return .int(iterator.batchSize)
        case "batch_index": return .int(iterator.batchIndex)
        case "total_batches_seen": return .int(iterator.totalBatchesSeen)
        case "image_shape": return .tuple(sampleShape.map { .int($0) })
        case "__next__":
            return .object(
                PyNativeFunction("__next__") { [self] a in
                    guard let batch = try next(a.interpreter) else { throw PythonError(PyTypes.StopIteration, "") }
                    return batch
                })
        case "reset":
            return .object(
                PyNativeFunction("reset") { [iterator] _ in
                    iterator.reset(); return .none
                })
        default: break
        }
        if let directory {
            switch name {
            case "directory": return .str(directory.directory)
            case "num_classes": return .int(directory.numClasses)
            case "class_indices":
                let dict = PyDict()
                for (index, name) in directory.classNames.enumerated() { dict.setString(name, .int(index)) }
                return .dict(dict)
            case "classes":
                return try KerasArrays.value(of: try Tensor(directory.classes.map { Int32($0) }, shape: [directory.classes.count]), interp)
            case "filenames": return .list(directory.filenames.map { .str($0) })
            case "filepaths": return .list(directory.filepaths.map { .str($0) })
            case "class_mode": return directory.classMode.map { .str($0.rawValue) } ?? .none
            default: break
            }
        }
        return try super.getAttribute(name, interp)
    }

    override func attributeNames() -> [String] {
        [
            "samples", "n", "batch_size", "batch_index", "image_shape", "reset", "directory", "num_classes", "class_indices",
            "classes", "filenames", "filepaths", "class_mode",
        ]
    }

    private func pythonBatch(_ batch: ImageBatch, _ interp: PythonInterpreter) throws -> Value {
        let images = try KerasArrays.value(of: try Tensor(batch.images, shape: batch.imageShape), interp)
        guard let labels = batch.labels, let shape = batch.labelShape else { return images }
        return .tuple([images, try KerasArrays.value(of: try Tensor(labels, shape: shape), interp)])
    }
}
