import Foundation
import Interpreter
import NeuralNet

/// The one flag Ctrl-C sets. The interpreter polls it between steps, checks stop on it, and
/// training, evaluation and prediction watch it between batches (`trainingInterrupt` follows it).
let sessionInterrupt = Interpreter.InterruptFlag()

/// Makes Ctrl-C stop the running cell, check or training instead of ending the process.
/// The handler only sets the flag, which is all a signal handler may safely do.
func installInterruptHandler() {
    trainingInterrupt.follow(isSet: { sessionInterrupt.isSet }, clear: { sessionInterrupt.clear() })
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in sessionInterrupt.set() }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
    // A parent may have started us with SIGINT blocked (the mask survives exec); then Ctrl-C
    // would only echo `^C`.
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
}

/// Clears the flag before a new piece of work starts.
func clearInterrupts() {
    sessionInterrupt.clear()
    trainingInterrupt.clear()
}
