import Foundation

/// `course_base` for the exported notebook: TensorFlow has no such network, so a lesson that uses
/// it gets a code cell defining it in plain Keras — the layers and names of
/// `Applications.courseBase` (`CourseBase.swift`), so the shipped Keras HDF5 weights load by name —
/// and its `course_base` imports are rewritten to use that definition.
enum NotebookCourseBase {
    /// The shipped weights' file name (the same as `CourseBaseWeights.fileName`).
    static let weightsFile = "course_base_weights_notop.h5"

    /// True when `code` uses the course base.
    static func uses(_ code: String) -> Bool {
        code.contains("course_base") || code.contains("CourseBase")
    }

    // `from tensorflow.keras.applications import a, course_base` (or keras / tf.keras / deeplings).
    private static let importLine: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"^([ \t]*)from[ \t]+(?:tensorflow\.keras|tf\.keras|keras|deeplings)\.applications[ \t]+import[ \t]+([^\n#()]*?)[ \t]*$"#,
        options: [.anchorsMatchLines])
    // `keras.applications.course_base(...)` and its spellings: the attribute path is dropped.
    private static let qualified: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_.])(?:tensorflow\.keras|tf\.keras|keras|deeplings)\.applications\.(?:course_base|CourseBase)\b"#)

    /// `code` with its `course_base` imports removed and qualified uses shortened to `course_base`,
    /// the function the notebook's course-base cell defines.
    static func rewrite(_ code: String) -> String {
        guard uses(code), let importLine, let qualified else { return code }
        let text = code as NSString
        var result = "", last = 0
        for match in importLine.matches(in: code, range: NSRange(location: 0, length: text.length)) {
            let indent = text.substring(with: match.range(at: 1))
            let names = text.substring(with: match.range(at: 2)).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.contains(where: { $0 == "course_base" || $0 == "CourseBase" }) else { continue }
            let kept = names.filter { $0 != "course_base" && $0 != "CourseBase" }
            let line = text.substring(with: match.range)
            let module = line.components(separatedBy: " import ").first?.trimmingCharacters(in: .whitespaces) ?? ""
            var replacement =
                kept.isEmpty
                ? indent + (indent.isEmpty ? "" : "pass  ") + "# course_base: defined in the notebook's course_base cell above"
                : indent + module + " import " + kept.joined(separator: ", ")
            if names.contains("CourseBase") { replacement += "\n" + indent + "CourseBase = course_base" }
            result += text.substring(with: NSRange(location: last, length: match.range.location - last)) + replacement
            last = match.range.location + match.range.length
        }
        result += text.substring(from: last)
        return qualified.stringByReplacingMatches(
            in: result, range: NSRange(location: 0, length: (result as NSString).length),
            withTemplate: "course_base")
    }

    /// The code cell defining `course_base(input_shape=None, include_top=False, weights='course', ...)`.
    static let cell = #"""
        # course_base, the course's own small pretrained Inception-style network, in plain Keras.
        # TensorFlow has no course_base, so this cell defines it with the same layers and layer names
        # as in Deeplings, and weights='course' loads the course's weights by name from the file
        # course_base_weights_notop.h5: put it in DATASETS or beside this notebook (the course ships
        # it in its datasets/ folder; `deeplings export --out FOLDER/NAME.ipynb` copies it there).
        COURSE_BASE_WEIGHTS = 'course_base_weights_notop.h5'

        def _course_base_weights():
            places = [os.path.join(DATASETS, COURSE_BASE_WEIGHTS), COURSE_BASE_WEIGHTS, os.path.join('datasets', COURSE_BASE_WEIGHTS)]
            found = next((p for p in places if os.path.exists(p)), None)
            if found is None:
                raise FileNotFoundError(f"course_base(weights='course') needs {COURSE_BASE_WEIGHTS}, found in none of {places}: "
                                        "copy it from the course's datasets/ folder beside this notebook, or use weights=None")
            return found

        def course_base(input_shape=None, include_top=False, weights='course', input_tensor=None, pooling=None,
                        classes=16, classifier_activation='softmax'):
            """The course base: a convolution stem, blocks mixed0 and mixed1, a grid reduction mixed2,
            and two factorised 7x7 blocks mixed3 and mixed4 (7x7x320 at a 150x150 input)."""
            from tensorflow.keras import layers
            shape = tuple(input_shape) if input_shape is not None else (150, 150, 3)
            if len(shape) != 3 or shape[2] != 3 or shape[0] < 75 or shape[1] < 75:
                raise ValueError(f'input_shape must be (height, width, 3) with both sides at least 75; received {input_shape}')
            if weights == 'course' and include_top:
                raise ValueError("The course weights have no top; use include_top=False with weights='course'")
            counts = {}
            def name(kind):  # Keras' automatic names, numbered per model in creation order as in Deeplings
                n = counts.get(kind, 0)
                counts[kind] = n + 1
                return kind if n == 0 else f'{kind}_{n}'
            def conv_bn(x, filters, rows, cols, strides=(1, 1), padding='same'):
                x = layers.Conv2D(filters, (rows, cols), strides=strides, padding=padding, use_bias=False, name=name('conv2d'))(x)
                x = layers.BatchNormalization(scale=False, name=name('batch_normalization'))(x)
                return layers.Activation('relu', name=name('activation'))(x)
            def average_pool(x):
                return layers.AveragePooling2D((3, 3), strides=(1, 1), padding='same', name=name('average_pooling2d'))(x)
            def max_pool(x):
                return layers.MaxPooling2D((3, 3), strides=(2, 2), name=name('max_pooling2d'))(x)

            inputs = input_tensor if input_tensor is not None else layers.Input(shape=shape, name='input_layer')
            x = conv_bn(inputs, 16, 3, 3, strides=(2, 2), padding='valid')
            x = conv_bn(x, 16, 3, 3, padding='valid')
            x = conv_bn(x, 32, 3, 3)
            x = max_pool(x)
            x = conv_bn(x, 40, 1, 1, padding='valid')
            x = conv_bn(x, 96, 3, 3, padding='valid')
            x = max_pool(x)
            for index, pool_filters in enumerate([16, 32]):
                branch1x1 = conv_bn(x, 32, 1, 1)
                branch5x5 = conv_bn(conv_bn(x, 24, 1, 1), 32, 5, 5)
                branch3x3dbl = conv_bn(conv_bn(conv_bn(x, 32, 1, 1), 48, 3, 3), 48, 3, 3)
                branch_pool = conv_bn(average_pool(x), pool_filters, 1, 1)
                x = layers.Concatenate(name=f'mixed{index}')([branch1x1, branch5x5, branch3x3dbl, branch_pool])
            branch3x3 = conv_bn(x, 160, 3, 3, strides=(2, 2), padding='valid')
            branch3x3dbl = conv_bn(conv_bn(x, 32, 1, 1), 48, 3, 3)
            branch3x3dbl = conv_bn(branch3x3dbl, 48, 3, 3, strides=(2, 2), padding='valid')
            x = layers.Concatenate(name='mixed2')([branch3x3, branch3x3dbl, max_pool(x)])
            for index in range(2):
                branch1x1 = conv_bn(x, 80, 1, 1)
                branch7x7 = conv_bn(x, 48, 1, 1)
                branch7x7 = conv_bn(conv_bn(branch7x7, 48, 1, 7), 80, 7, 1)
                branch7x7dbl = conv_bn(x, 48, 1, 1)
                branch7x7dbl = conv_bn(conv_bn(branch7x7dbl, 48, 7, 1), 48, 1, 7)
                branch7x7dbl = conv_bn(conv_bn(branch7x7dbl, 48, 7, 1), 80, 1, 7)
                branch_pool = conv_bn(average_pool(x), 80, 1, 1)
                x = layers.Concatenate(name=f'mixed{3 + index}')([branch1x1, branch7x7, branch7x7dbl, branch_pool])
            if include_top:
                x = layers.GlobalAveragePooling2D(name='avg_pool')(x)
                x = layers.Dense(classes, activation=classifier_activation, name='predictions')(x)
            elif pooling == 'avg':
                x = layers.GlobalAveragePooling2D()(x)
            elif pooling == 'max':
                x = layers.GlobalMaxPooling2D()(x)
            model = keras.Model(inputs, x, name='course_base')
            if weights is not None:
                path = _course_base_weights() if weights == 'course' else weights
                model.load_weights(path, by_name=True)
                import h5py
                with h5py.File(path, 'r') as f:
                    saved = {n.decode() if isinstance(n, bytes) else n for n in f.attrs['layer_names']}
                missing = [l.name for l in model.layers if l.weights and l.name not in saved]
                assert not missing, f'{path} has no weights for the layers {missing[:5]}: is it the course base weights file?'
            return model

        try:
            print('course_base defined; its weights:', _course_base_weights())
        except FileNotFoundError as error:
            print('course_base defined;', error)
        """#
}

extension NotebookExporter {
    /// True when `lesson`'s notebook defines `course_base` and so needs its weights file
    /// (`course_base_weights_notop.h5`) in `DATASETS` or beside the notebook.
    public static func needsCourseBaseWeights(_ lesson: Lesson) -> Bool {
        NotebookCourseBase.uses(lesson.cells.filter { $0.kind != .prose }.map(\.source).joined(separator: "\n"))
    }
}
