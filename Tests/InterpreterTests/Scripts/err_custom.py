class ShapeError(Exception):
    pass
raise ShapeError("bad shape")
# expect error: ShapeError: bad shape
