import Interpreter

/// The Python helpers check cells call, written in Swift. Each judges a value with Swift-side
/// type checks (never trusting Python-level `__eq__`, `__float__`, `__len__` or an overridden
/// `predict`), records its verdict in the `CheckContext`, and returns `True` or `False`.
///
/// | helper | passes when |
/// |---|---|
/// | `expect_close(actual, expected, rtol=1e-5, atol=1e-8, name=None)` | same shape, every element within `atol + rtol·|expected|` |
/// | `expect_equal(actual, expected, name=None)` | equal plain values (numbers, str, None, lists, tuples, dicts of these) |
/// | `expect_shape(value, shape, name=None)` | an array (or nested list) of that shape; `None` in `shape` matches any size |
/// | `expect_layers(model, layers)` | the Keras model's layers match: `"Dense"` or `{"type": "Conv2D", "filters": 64, "kernel_size": 3, "activation": "relu"}` |
/// | `expect_params(model, count)` | the built model has `count` weights in all |
/// | `expect_accuracy(model, x, y, minimum)` | accuracy of the model's own Swift predictions on held-back `x`, `y` (labels or one-hot) is at least `minimum` |
/// | `predict_with(model, x)` | (not a verdict) the model's real predictions as an array |
/// | `expect_output(text, exact=False)` | the learner's code printed `text` (or exactly `text`) |
/// | `expect_raises(exception, function, *args)` | calling `function(*args)` raises `exception` or a subclass |
/// | `retrain(model, x, y, epochs=5, minimum_accuracy=None, maximum_loss=None, validation_data=None)` | the model's architecture and compile settings, retrained from fresh weights with a fixed seed, reach the metric |
///
/// Held-back data for `expect_accuracy` is whatever the check cell builds: learner code never
/// sees check cells (nor can it read the lesson file), so literal arrays, a seeded generator
/// or a data set's test split written there stay unseen.
enum CheckHelpers {
    /// Every helper, bound to `context`, by name.
    static func make(_ context: CheckContext) -> [String: Value] {
        var helpers: [String: Value] = [:]
        for (name, value) in valueHelpers(context) { helpers[name] = value }
        for (name, value) in modelHelpers(context) { helpers[name] = value }
        for (name, value) in behaviourHelpers(context) { helpers[name] = value }
        helpers["retrain"] = retrainHelper(context)
        return helpers
    }

    /// The helpers' names (learner globals with these names are hidden from checks).
    static let names: Set<String> = [
        "expect_close", "expect_equal", "expect_shape", "expect_layers", "expect_params",
        "expect_accuracy", "predict_with", "expect_output", "expect_raises", "retrain",
    ]

    /// `name=` of a helper call, or the fallback phrase.
    static func subject(_ arguments: BoundArguments, _ fallback: String = "the value") -> String {
        if case .str(let name) = arguments["name"] { return "`\(name)`" }
        return fallback
    }
}
