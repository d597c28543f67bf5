nums = [3, 1, 2]
nums.append(5)
nums.extend([0])
print(nums, sorted(nums), sorted(nums, reverse=True))  # expect: [3, 1, 2, 5, 0] [0, 1, 2, 3, 5] [5, 3, 2, 1, 0]
nums.sort(key=lambda v: -v)
print(nums, nums.pop(), nums.index(2), nums.count(3))  # expect: [5, 3, 2, 1] 0 2 1
print(nums[1:3], nums[-2:], nums[:10])  # expect: [3, 2] [2, 1] [5, 3, 2, 1]
nums[1:3] = [9]
print(nums)  # expect: [5, 9, 1]
del nums[0]
print(nums, len(nums), 9 in nums)  # expect: [9, 1] 2 True
t = (1, 2) + (3,)
print(t, t[0], len(t), (1,))  # expect: (1, 2, 3) 1 3 (1,)
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)  # expect: 1 2 3 4
first, *rest = [1, 2, 3]
print(first, rest)  # expect: 1 [2, 3]
h = {"loss": [0.5, 0.3], "accuracy": [0.8, 0.9]}
print(h["accuracy"][-1], list(h.keys()), h.get("x", 0))  # expect: 0.9 ['loss', 'accuracy'] 0
h["val"] = 1
for k, v in h.items():
    print(k, v)
# expect: loss [0.5, 0.3]
# expect: accuracy [0.8, 0.9]
# expect: val 1
print(h.keys(), len(h), "loss" in h)  # expect: dict_keys(['loss', 'accuracy', 'val']) 3 True
print({k: v for k, v in zip("ab", range(2))}, {x % 3 for x in range(6)})  # expect: {'a': 0, 'b': 1} {0, 1, 2}
print(sum(x * x for x in range(4)), max([1, 5, 2]), min(3, 1), any([0, 1]), all([]))  # expect: 14 5 1 True True
for i, (name, score) in enumerate(zip(["a", "b"], [1, 2]), start=1):
    print(i, name, score)
# expect: 1 a 1
# expect: 2 b 2
print(list(reversed([1, 2, 3])), list(range(0, 10, 3)), list(range(5, 0, -2)))  # expect: [3, 2, 1] [0, 3, 6, 9] [5, 3, 1]
print(list(filter(None, [0, 1, 2])), dict(a=1), set(), set([1, 1]))  # expect: [1, 2] {'a': 1} set() {1}
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid)  # expect: [[0, 0, 0], [0, 0, 7]]
l = [1]
l.append(l)
print(l)  # expect: [1, [...]]
print([1, 2] == [1, 2], (1, 2) < (1, 3), [] or "empty")  # expect: True True empty
print(divmod(7, 2), abs(-3.5), round(2.5), round(3.14159, 2), pow(2, 10), pow(3, 4, 5))  # expect: (3, 1) 3.5 2 3.14 1024 1
print(int("42") + int(3.9) + int(-2.5), float("1.5"), int(10 / 4), bool(""), str(None))  # expect: 43 1.5 2 False None
