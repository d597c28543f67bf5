print(type(3), type("s"), type([]) is list, type(None).__name__)  # expect: <class 'int'> <class 'str'> True NoneType
print(isinstance(3, (int, float)), isinstance(True, int), isinstance(2.0, int))  # expect: True True False
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))  # expect: 1 2 end
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1], reverse=True))  # expect: ['A', 'b', 'c'] [3, 1]
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(zip("ab", [1, 2, 3])))  # expect: [11, 22] [('a', 1), ('b', 2)]
print(min([4, 2, 8], key=lambda v: -v), max("apple", "pear", key=len), max([], default=0))  # expect: 8 apple 0
print(chr(65), ord("a"), hex(255), bin(5), oct(8), abs(-7))  # expect: A 97 0xff 0b101 0o10 7
print(round(1.25, 1), round(-0.5), round(7), 10 // 3.0, 2 ** 0.5)  # expect: 1.2 0 7 3.0 1.4142135623730951
print(int("0x1f", 16), int("101", 2), float("-inf"), float(" 2.5 "))  # expect: 31 5 -inf 2.5
print(str(10**30), -2**63, 2**64 // 3, (2**64) % 7, 10**20 / 10**10)  # expect: 1000000000000000000000000000000 -9223372036854775808 6148914691236517205 2 10000000000.0
print(divmod(-7, 2), -7 % 2.5, 7.5 // 2)  # expect: (-4, 1) 0.5 3.0
print(sum([0.1] * 10), sum([[1], [2]], []))  # expect: 0.9999999999999999 [1, 2]
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))  # expect: True False
print("%5.2f|%-4d|%x|%s" % (3.14159, 7, 255, [1]))  # expect:  3.14|7   |ff|[1]
print(hasattr([], "append"), callable(len), callable(3), len(dir([])) > 10)  # expect: True True False True
print(list(range(3)), range(2, 5), len(range(0, 10, 3)), 4 in range(0, 10, 2))  # expect: [0, 1, 2] range(2, 5) 4 True
print(repr(1.0), repr(-0.0), 1e300 * 1e10, 0.1 + 0.2, 1/3 * 3)  # expect: 1.0 -0.0 inf 0.30000000000000004 1.0
print(set("aab") == {"a", "b"}, {1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1})  # expect: True {1, 2, 3} {2} {2}
print(dict(zip(["a", "b"], [1, 2])), list({"x": 1}.items()))  # expect: {'a': 1, 'b': 2} [('x', 1)]
print(bool([]), bool([0]), not None, None is None, 1 == 1.0, "1" == 1)  # expect: False True True True True False
print(1 < 2 < 3 > 2, (1, 2) == (1, 2), [1, [2]] < [1, [3]])  # expect: True True True
def documented():
    """Return nothing.

    Used to test help()."""
help(documented)
# expect: Help on function documented in module __main__:
# expect: 
# expect: documented()
# expect:     Return nothing.
# expect:     
# expect:     Used to test help().
# expect: 
