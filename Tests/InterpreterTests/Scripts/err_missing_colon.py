x = 2
if x > 1
    print(x)
# expect error: SyntaxError: expected ':'
#|   File "err_missing_colon.py", line 2
#|     if x > 1
#|             ^
#| SyntaxError: expected ':'
