def forever(n):
    return forever(n + 1)
forever(0)
# expect error: RecursionError: maximum recursion depth exceeded
