import Foundation
import Interpreter
import NeuralNet

/// The flag Ctrl-C sets for the Python interpreter; the training loop watches NeuralNet's own.
let sessionInterrupt = Interpreter.InterruptFlag()

/// Makes Ctrl-C stop the running cell or training between batches instead of ending the process.
/// The handler only sets flags, which is all a signal handler may safely do.
func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
        sessionInterrupt.set()
        trainingInterrupt.request()
    }
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

/// Clears both flags before a new piece of work starts.
func clearInterrupts() {
    sessionInterrupt.clear()
    trainingInterrupt.clear()
}
