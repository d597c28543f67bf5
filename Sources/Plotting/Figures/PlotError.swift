/// An error from the plotting model, worded like matplotlib's so the binding can raise it as-is.
///
/// `pythonType` names the Python exception class (`ValueError`, `TypeError`) the binding should raise.
public struct PlotError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class matplotlib raises for this mistake.
    public let pythonType: String
    /// The message, matplotlib's wording where matplotlib has one.
    public let message: String

    /// A `ValueError` with `message`.
    public static func value(_ message: String) -> PlotError {
        PlotError(pythonType: "ValueError", message: message)
    }

    /// A `TypeError` with `message`.
    public static func type(_ message: String) -> PlotError {
        PlotError(pythonType: "TypeError", message: message)
    }

    /// `ValueError: message`, as Python prints it.
    public var description: String { "\(pythonType): \(message)" }
}
