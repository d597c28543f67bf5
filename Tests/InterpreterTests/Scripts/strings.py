s = "Hello, World"
print(s.upper(), s.lower(), len(s))  # expect: HELLO, WORLD hello, world 12
print(s[0], s[-1], s[1:5], s[::-1])  # expect: H d ello dlroW ,olleH
print(s.split(", "), "a b  c".split())  # expect: ['Hello', 'World'] ['a', 'b', 'c']
print("-".join(["a", "b"]), "  pad  ".strip(), "x".center(5, "*"))  # expect: a-b pad **x**
print(s.replace("l", "L"), s.find("o"), s.startswith("He"), s.endswith(("x", "ld")))  # expect: HeLLo, WorLd 4 True True
print("%d items at %.2f, %s %r %5.1f%%" % (3, 2.5, "ok", "q", 12.345))  # expect: 3 items at 2.50, ok 'q'  12.3%
print("{0} and {name}: {0:>4}|{x:.3e}".format(7, name="n", x=12345.678))  # expect: 7 and n:    7|1.235e+04
v = 0.1234
print(f"{v:.1%} {v!r} {1000000:,} {255:#x} {7:03d} {'s':<3}|")  # expect: 12.3% 0.1234 1,000,000 0xff 007 s  |
print(f"{v=}")  # expect: v=0.1234
print(repr("it's"), repr('say "hi"'), repr("tab\t"))  # expect: "it's" 'say "hi"' 'tab\t'
raw = r"C:\new\table"
print(raw, len(raw))  # expect: C:\new\table 12
tri = """line1
line2"""
print(tri.splitlines())  # expect: ['line1', 'line2']
print("a" "b" 'c')  # expect: abc
print("\x41\u00e9\n".strip())  # expect: Aé
print(str(3.0), str(1e16), str(1e-5), 1/3, 2.5e-10, 123456789.0)  # expect: 3.0 1e+16 1e-05 0.3333333333333333 2.5e-10 123456789.0
print("abc" < "abd", "b" in "abc", "abc" * 2)  # expect: True True abcabc
print(fn + " is a human" if (fn := "img.png") else "")  # expect: img.png is a human
