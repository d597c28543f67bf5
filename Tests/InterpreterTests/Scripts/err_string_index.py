x = "abc"["1"]
# expect error: TypeError: string indices must be integers, not 'str'
