print(1 % 0)
# expect error: ZeroDivisionError: integer modulo by zero
