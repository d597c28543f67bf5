/// Keras' `class_mode`: what a directory iterator yields beside the images.
public enum ClassMode: String, Sendable, CaseIterable {
    /// One-hot rows, shape `(batch, classes)`.
    case categorical
    /// 0/1 labels, shape `(batch,)`.
    case binary
    /// Integer class indices as floats, shape `(batch,)`.
    case sparse
    /// The images themselves (autoencoders).
    case input

    /// Parses Keras' spelling (`None` is `nil` at the call site); throws Keras' message otherwise.
    public init(keras name: String) throws {
        guard let mode = ClassMode(rawValue: name) else {
            throw ImageDataError.invalidArgument(
                "Invalid class_mode: \(name); expected one of: \"categorical\", \"binary\", \"sparse\", \"input\" or None.")
        }
        self = mode
    }
}

/// Keras' `subset` with `validation_split`.
public enum Subset: String, Sendable, CaseIterable {
    /// The part after the first `validation_split` fraction of each class.
    case training
    /// The first `validation_split` fraction of each class.
    case validation

    /// Parses Keras' spelling; throws Keras' message otherwise.
    public init(keras name: String) throws {
        guard let subset = Subset(rawValue: name) else {
            throw ImageDataError.invalidArgument("Invalid subset name: \(name);expected \"training\" or \"validation\"")
        }
        self = subset
    }

    /// The `[start, stop)` fraction of each class's files this subset keeps.
    func split(validationSplit: Double) -> (start: Double, stop: Double) {
        switch self {
        case .validation: (0, validationSplit)
        case .training: (validationSplit, 1)
        }
    }
}
