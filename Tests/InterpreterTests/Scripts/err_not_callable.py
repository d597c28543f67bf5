n = 5
n()
# expect error: TypeError: 'int' object is not callable
