import Interpreter
import PythonModules

extension LessonSession {
    /// Goes back to cell `index`: a fresh interpreter replays, in their original order and with
    /// the text they ran with, the cells the learner ran that come before `index` (and the
    /// prompt code run while at them). Their output
    /// is not shown. Returns the failures of replayed cells (a cell that failed before fails again).
    @discardableResult
    public func rewind(to index: Int) -> [PythonFailure] {
        let replay = history.filter { $0.cellIndex < index }
        interpreter = PythonEnvironment.makeInterpreter(output: { _ in }, interrupt: interrupt, policy: policy)
        connect(interpreter)
        history = []
        capturing = true
        defer { capturing = false }
        var failures: [PythonFailure] = []
        for record in replay {
            let result = record.isPrompt ? execute(record.source, file: record.file ?? "<stdin>", echo: .everyExpression)
                                         : execute(record.source, file: fileName(ofCell: record.cellIndex))
            if let failure = result.failure { failures.append(failure) }
            history.append(record)
        }
        move(to: index)
        return failures
    }
}
