def f(a, b=2, *args, c=10, **kw):
    return a, b, args, c, kw
print(f(1))  # expect: (1, 2, (), 10, {})
print(f(1, 3, 4, 5, c=6, d=7))  # expect: (1, 3, (4, 5), 6, {'d': 7})
def g(x, items=[]):
    items.append(x)
    return items
g(1)
print(g(2))  # expect: [1, 2]
args = [1, 2]
kwargs = {"b": 5}
print(f(*args), f(0, **kwargs))  # expect: (1, 2, (), 10, {}) (0, 5, (), 10, {})
square = lambda v: v * v
print(list(map(square, [1, 2, 3])))  # expect: [1, 4, 9]
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    inc()
    return inc()
print(outer())  # expect: 3
total = 0
def add_global(v):
    global total
    total += v
add_global(4); add_global(5)
print(total)  # expect: 9
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25))  # expect: 15511210043330985984000000
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])  # expect: [10, 11, 12]
late = [lambda: i for i in range(3)]
print([h() for h in late])  # expect: [2, 2, 2]
def doc():
    """Says hello."""
    return "hi"
print(doc.__doc__, doc.__name__)  # expect: Says hello. doc
def split_data(source):
    files = []
    for name in source:
        files.append(name.upper())
    return files, len(files)
a, n = split_data(["x", "y"])
print(a, n)  # expect: ['X', 'Y'] 2
