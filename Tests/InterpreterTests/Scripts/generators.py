print(sum(i for i in range(10**6)))  # expect: 499999500000
squares = (v * v for v in range(5) if v % 2)
print(next(squares), list(squares))  # expect: 1 [9]
print(max(len(w) for w in "a bb ccc".split()), any(c == "b" for c in "abc"))  # expect: 3 True
pairs = list((a, b) for a in range(2) for b in "xy")
print(pairs)  # expect: [(0, 'x'), (0, 'y'), (1, 'x'), (1, 'y')]
print(sorted(x % 3 for x in [5, 4, 3]), tuple(c.upper() for c in "ab"))  # expect: [0, 1, 2] ('A', 'B')
