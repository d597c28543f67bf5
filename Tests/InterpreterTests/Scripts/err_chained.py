try:
    {}["x"]
except KeyError:
    raise ValueError("converted")
# expect error: ValueError: converted
