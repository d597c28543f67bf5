#if canImport(Glibc)
    import Glibc
#endif
import Tensors

/// The real Fashion-MNIST data set, read from Debian's `dataset-fashion-mnist` package.
///
///     let (train, test) = try FashionMNIST.loadRaw()
///     train.images.shape  // [60000, 28, 28]
///     FashionMNIST.classNames[Int(train.labels.bytes[0])]  // "Ankle boot"
public enum FashionMNIST {
    /// The environment variable that, when set, replaces `defaultDirectory`.
    public static let environmentVariable = "DEEPLINGS_FASHION_MNIST"
    /// Where Debian's `dataset-fashion-mnist` package installs the files.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"
    /// The ten class names in label order, as in the Keras documentation.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// Images (n, 28, 28) and labels (n) of one split, as raw unsigned bytes.
    public struct RawSplit: Sendable {
        /// The images, shape `[n, 28, 28]`, pixel values 0–255.
        public let images: IDXArray
        /// The labels, shape `[n]`, values 0–9.
        public let labels: IDXArray
    }

    /// The directory the data is read from: `$DEEPLINGS_FASHION_MNIST` if set, else `defaultDirectory`.
    public static var directory: String {
        if let value = getenv(environmentVariable), let path = String(validatingCString: value), !path.isEmpty {
            return path
        }
        return defaultDirectory
    }

    /// Reads both splits from `directory` as raw bytes: 60,000 training and 10,000 test images.
    public static func loadRaw(directory: String = FashionMNIST.directory) throws -> (train: RawSplit, test: RawSplit) {
        let train = try loadSplit(prefix: "train", directory: directory)
        let test = try loadSplit(prefix: "t10k", directory: directory)
        return (train, test)
    }

    /// Images and labels of one split as uint8 tensors.
    public typealias Split = (images: Tensor, labels: Tensor)

    /// Keras' `fashion_mnist.load_data()`: uint8 images (60000, 28, 28) and (10000, 28, 28) with
    /// their uint8 labels, read from `directory`.
    ///
    ///     let (train, test) = try FashionMNIST.load()
    ///     train.images.shape   // [60000, 28, 28]
    public static func load(directory: String = FashionMNIST.directory) throws -> (train: Split, test: Split) {
        let (train, test) = try loadRaw(directory: directory)
        func tensors(_ split: RawSplit) throws -> Split {
            (try Tensor(split.images.bytes, shape: split.images.shape), try Tensor(split.labels.bytes, shape: split.labels.shape))
        }
        return (try tensors(train), try tensors(test))
    }

    /// Reads one split (`train` or `t10k`) and checks that images and labels agree.
    public static func loadSplit(prefix: String, directory: String = FashionMNIST.directory) throws -> RawSplit {
        let advice = "Install the data set with `apt-get install dataset-fashion-mnist`, or set \(environmentVariable) to a directory holding the four Fashion-MNIST .gz files."
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let images = try IDXReader.read(path: base + prefix + "-images-idx3-ubyte.gz", missingFileAdvice: advice)
        let labels = try IDXReader.read(path: base + prefix + "-labels-idx1-ubyte.gz", missingFileAdvice: advice)
        guard images.shape.count == 3, labels.shape.count == 1, images.shape[0] == labels.shape[0] else {
            throw IDXError(
                description: "\(base)\(prefix): expected images (n, 28, 28) and labels (n), received images \(images.shape) and labels \(labels.shape). Reinstall the data set.")
        }
        return RawSplit(images: images, labels: labels)
    }
}
