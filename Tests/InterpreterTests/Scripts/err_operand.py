def scale(v):
    return v * 2 + "px"
scale(3)
# expect error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
#| Traceback (most recent call last):
#|   File "err_operand.py", line 3, in <module>
#|     scale(3)
#|   File "err_operand.py", line 2, in scale
#|     return v * 2 + "px"
#|            ^^^^^^^^^^^^
#| TypeError: unsupported operand type(s) for +: 'int' and 'str'
