a = [1, 2]
a[5]
# expect error: IndexError: list index out of range
