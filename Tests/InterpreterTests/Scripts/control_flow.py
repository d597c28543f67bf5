for i in range(3):
    if i == 1:
        continue
    print(i)
else:
    print("done")
# expect: 0
# expect: 2
# expect: done
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("not printed")
print(n)  # expect: 5
for x in []:
    pass
else:
    print("empty else")  # expect: empty else
x = 5
print("big" if x > 3 else "small")  # expect: big
print(1 < x < 10, 1 < x > 10)  # expect: True False
if x == 1:
    print("one")
elif x == 5:
    print("five")  # expect: five
else:
    print("other")
i = 0
while i < 3:
    i += 1
print(i)  # expect: 3
