if True:
        x = 1
    y = 2
# expect error: IndentationError: unindent does not match any outer indentation level
