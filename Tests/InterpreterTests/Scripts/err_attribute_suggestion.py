text = "abc"
text.uper()
# expect error: AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?
