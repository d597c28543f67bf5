def load(path):
    return parse(path)

def parse(path):
    data = {"a": 1}
    return data[path]

load("b")
# expect error: KeyError: 'b'
#| Traceback (most recent call last):
#|   File "tracebacks.py", line 8, in <module>
#|     load("b")
#|   File "tracebacks.py", line 2, in load
#|     return parse(path)
#|            ^^^^^^^^^^^
#|   File "tracebacks.py", line 6, in parse
#|     return data[path]
#|            ^^^^^^^^^^
#| KeyError: 'b'
