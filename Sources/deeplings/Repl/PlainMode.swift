import Foundation

/// Plain mode for everything that draws on its own (matplotlib's `show()` reads the environment):
/// no colours (`NO_COLOR`) and figures described in words (`DEEPLINGS_PLAIN`).
enum PlainMode {
    static func enable() {
        setenv("NO_COLOR", "1", 1)
        setenv("DEEPLINGS_PLAIN", "1", 1)
    }
}
