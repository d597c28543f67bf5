/// NumPy's print options (`np.set_printoptions`), shared by every array's `print`/`repr`.
struct PrintOptions {
    var linewidth = 75
    var precision = 8
    var suppress = false
    var threshold = 1000
    var edgeitems = 3

    /// The options in force; one process-wide setting, as NumPy's.
    nonisolated(unsafe) static var current = PrintOptions()
}
