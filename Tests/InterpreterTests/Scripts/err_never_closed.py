values = [1, 2,
print(values
# expect error: SyntaxError: '(' was never closed
