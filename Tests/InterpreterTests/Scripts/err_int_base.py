try:
    "%d" % float("inf")
except OverflowError as e:
    print(e)  # expect: cannot convert float infinity to integer
print(int("--5") if False else int("-5"))  # expect: -5
int("5", 1)
# expect error: ValueError: int() base must be >= 2 and <= 36, or 0
