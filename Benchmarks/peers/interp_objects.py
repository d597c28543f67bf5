# Object-heavy workload for the `interp` benchmark: instances, methods, small lists, tuples and
# dicts created and dropped at a high rate, as a learner's helper classes do. It times what every
# allocation costs, cycle-collector tracking included. Runs unchanged on CPython.
N = 60000
ROUNDS = 6


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def work(n):
    total = 0
    kept = []
    for i in range(n):
        p = Point(i, i + 1)
        kept.append([p, (i, p)])
        d = {'a': i, 'p': p}
        total = (total + p.norm2() % 7 + len(d)) % 1000003
        if len(kept) > 1000:
            kept = []
    return total


result = 0
for r in range(ROUNDS):
    result = (result * 31 + work(N)) % 1000003
print(result)
