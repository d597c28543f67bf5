# Loop-heavy workload for the `interp` benchmark: nested loops of integer arithmetic, list
# appends, dict lookups, function calls and list indexing. Runs unchanged on CPython and on
# the Deeplings interpreter; the suite times both on the same machine in the same run.
N = 20000
ROUNDS = 6


def combine(a, b):
    return (a * 31 + b) % 1000003


def build(n):
    squares = []
    table = {}
    for i in range(n):
        squares.append(i * i % 97)
        table[i % 256] = i
    return squares, table


def work(n):
    squares, table = build(n)
    total = 0
    for i in range(n):
        row = 0
        for j in range(8):
            row += squares[(i + j) % n] * j - table[(i + j * 7) % 256] % 13
        total = combine(total, row)
    return total


result = 0
for r in range(ROUNDS):
    result = combine(result, work(N))
print(result)
