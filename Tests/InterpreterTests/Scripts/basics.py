x = 1 + 2
print(x)  # expect: 3
print(1./255 > 0, .9, 1e-4, 20.)  # expect: True 0.9 0.0001 20.0
print("a", "b", sep="-")  # expect: a-b
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5))  # expect: 3 6
print([i * i for i in range(5)])  # expect: [0, 1, 4, 9, 16]
d = {"a": 1, "b": 2}
for k in d.keys():
    print(k, d[k])
# expect: a 1
# expect: b 2
print(2 ** 100)  # expect: 1267650600228229401496703205376
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2)  # expect: 3 -4 1 2 3.5
print(f"{3.14159:.2f} {'x'!r} {10:5d}|")  # expect: 3.14 'x'    10|
