x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x
print(show(), shadow(), x)  # expect: global local global
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c2())  # expect: 1 2 1
def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])  # expect: [10, 20, 30]
class Config:
    size = 3
    doubled = size * 2
    items = [i for i in range(size)]
print(Config.doubled, Config.items)  # expect: 6 [0, 1, 2]
filter = [1, 2]
print(filter)  # expect: [1, 2]
del filter
print(list(filter(None, [0, 3])))  # expect: [3]
def outer():
    value = 1
    def middle():
        def inner():
            return value + 1
        return inner()
    return middle()
print(outer())  # expect: 2
total = 0
for i in range(4):
    total += i
print(i, total)  # expect: 3 6
squares = [j * j for j in range(3)]
print(squares, "j" in dir())  # expect: [0, 1, 4] False
def gen_sum(limit):
    return sum(v for v in range(limit) if v % 2)
print(gen_sum(10))  # expect: 25
def recurse(n):
    if n == 0:
        return []
    return [n] + recurse(n - 1)
print(recurse(5))  # expect: [5, 4, 3, 2, 1]
