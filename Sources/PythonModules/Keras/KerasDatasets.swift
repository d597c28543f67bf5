import ImageData
import Interpreter
import Synchronization
import Tensors

/// `keras.datasets.fashion_mnist.load_data()` from the local Debian files, and `mnist.load_data()`,
/// which explains that MNIST is not shipped.
///
///     (train_images, train_labels), (test_images, test_labels) = fashion_mnist.load_data()
enum KerasDatasets {
    /// The decoded files, read once per process; every call hands out fresh copies, as Keras does.
    private static let cache = Mutex<(train: FashionMNIST.Split, test: FashionMNIST.Split)?>(nil)

    static func fashionMNIST() -> [(String, Value)] {
        [
            KerasNative.function("load_data", "") { a in
                let interp = a.interpreter
                let (train, test) = try cache.withLock { cached in
                    if let cached { return cached }
                    let loaded = try FashionMNIST.load()
                    cached = loaded
                    return loaded
                }
                func pair(_ split: FashionMNIST.Split) throws -> Value {
                    .tuple([try KerasArrays.value(of: split.images.copy(), interp), try KerasArrays.value(of: split.labels.copy(), interp)])
                }
                return .tuple([try pair(train), try pair(test)])
            }
        ]
    }

    static func mnist() -> [(String, Value)] {
        [
            KerasNative.function("load_data", "path='mnist.npz'") { _ in
                throw PythonError(
                    PyTypes.FileNotFoundError,
                    "MNIST is not shipped with Deeplings and nothing is downloaded here. Use tf.keras.datasets.fashion_mnist.load_data() instead: it has the same shapes, (60000, 28, 28) uint8 images with labels 0-9."
                )
            }
        ]
    }
}
