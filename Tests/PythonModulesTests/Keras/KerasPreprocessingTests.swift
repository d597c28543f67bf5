import Foundation
import ImageData
import Testing
@testable import PythonModules

@Suite struct KerasPreprocessingTests {
    /// A folder with `count` small PNGs in each class sub-folder, removed by the caller.
    static func imageFolder(classes: [String], count: Int) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("keras-images-\(UUID().uuidString)").path
        for (index, name) in classes.enumerated() {
            let folder = root + "/" + name
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for i in 0..<count {
                let image = try Image(width: 12, height: 10, channels: 3, filledWith: UInt8(40 * index + i))
                try image.write(toFile: "\(folder)/\(name)\(i).png")
            }
        }
        return root
    }

    @Test func flowFromDirectoryTrainsABinaryClassifier() throws {
        let root = try Self.imageFolder(classes: ["horses", "humans"], count: 5)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let s = KerasSession()
        s.py.policy.readableFolders = [root]
        s.run(
            """
            import tensorflow as tf
            from tensorflow.keras.preprocessing.image import ImageDataGenerator
            datagen = ImageDataGenerator(rescale=1/255, rotation_range=40, width_shift_range=0.2, height_shift_range=0.2,
                                         shear_range=0.2, zoom_range=0.2, horizontal_flip=True, fill_mode='nearest')
            train = datagen.flow_from_directory('\(root)/', target_size=(8, 8), batch_size=4, class_mode='binary')
            x, y = next(train)
            model = tf.keras.models.Sequential([tf.keras.layers.Conv2D(4, (3,3), activation='relu', input_shape=(8, 8, 3)),
                                                tf.keras.layers.MaxPooling2D(2, 2), tf.keras.layers.Flatten(),
                                                tf.keras.layers.Dense(1, activation='sigmoid')])
            model.compile(loss='binary_crossentropy', optimizer=tf.keras.optimizers.RMSprop(learning_rate=0.001), metrics=['accuracy'])
            history = model.fit(train, steps_per_epoch=2, epochs=2, validation_data=train, validation_steps=1, verbose=2)
            """)
        #expect(s.output.contains("Found 10 images belonging to 2 classes."))
        #expect(try s.repr("train.class_indices") == "{'horses': 0, 'humans': 1}")
        #expect(try s.repr("(x.shape, y.shape)") == "((4, 8, 8, 3), (4,))")
        #expect(try s.repr("len(train)") == "3")
        #expect(try s.repr("float(x.max()) <= 1.0") == "True")
        #expect(try s.repr("sorted(history.history.keys())") == "['accuracy', 'loss', 'val_accuracy', 'val_loss']")
        #expect(s.output.contains("Epoch 2/2"))
    }

    @Test func loadImgAndImgToArrayGiveFloatPixels() throws {
        let root = try Self.imageFolder(classes: ["cats"], count: 1)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let s = KerasSession()
        s.py.policy.readableFolders = [root]
        s.run(
            """
            from keras.preprocessing import image
            img = image.load_img('\(root)/cats/cats0.png', target_size=(6, 5))
            x = image.img_to_array(img)
            back = image.array_to_img(x)
            """)
        #expect(try s.repr("img.size") == "(5, 6)")
        #expect(try s.repr("x.shape") == "(6, 5, 3)")
        #expect(try s.repr("str(x.dtype)") == "'float32'")
        #expect(try s.repr("back") == "<PIL.Image.Image image mode=RGB size=5x6>")
    }

    @Test func readingOutsideTheSandboxIsRefused() throws {
        let s = KerasSession()
        s.py.policy.readableFolders = ["/nonexistent-course-data"]
        let failure = s.failure(
            """
            from tensorflow.keras.preprocessing.image import ImageDataGenerator
            ImageDataGenerator().flow_from_directory('/etc')
            """)
        #expect(failure?.type == "PermissionError")
    }

    @Test func fashionMNISTLoadsAsUInt8Arrays() throws {
        let s = KerasSession()
        s.run(
            """
            from tensorflow import keras
            (train_images, train_labels), (test_images, test_labels) = keras.datasets.fashion_mnist.load_data()
            """)
        #expect(try s.repr("(train_images.shape, test_images.shape, train_labels.shape)") == "((60000, 28, 28), (10000, 28, 28), (60000,))")
        #expect(try s.repr("str(train_images.dtype)") == "'uint8'")
        #expect(try s.repr("(int(train_labels.min()), int(train_labels.max()))") == "(0, 9)")
    }
}
