count = 0
def bump():
    count += 1
bump()
# expect error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
