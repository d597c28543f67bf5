#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stack size of the evaluation thread: deep Python recursion must end in `RecursionError`,
/// never in a Swift stack overflow (secondary threads get only 512 KB by default).
let evaluationStackSize = 512 << 20

private final class StackJob {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

/// Runs `body` synchronously on a fresh thread with a large stack.
func runOnLargeStack<T>(_ body: () throws -> T) throws -> T {
    try withoutActuallyEscaping(body) { escapable in
        var result: Result<T, Error>?
        let job = StackJob { result = Result { try escapable() } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, evaluationStackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        let status = pthread_create(
            &thread, &attributes,
            { raw in
                let job = Unmanaged<StackJob>.fromOpaque(raw!).takeRetainedValue()
                job.body()
                return nil
            }, context)
        pthread_attr_destroy(&attributes)
        if status != 0 {
            Unmanaged<StackJob>.fromOpaque(context).release()
            return try escapable()
        }
        pthread_join(thread, nil)
        return try result!.get()
    }
}
