history = {"loss": [1]}
history["acc"]
# expect error: KeyError: 'acc'
