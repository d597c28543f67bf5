try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)  # expect: caught division by zero
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)  # expect: IndexError list index out of range
try:
    {}["k"]
except LookupError as e:
    print(repr(e), e)  # expect: KeyError('k') 'k'
def risky():
    try:
        return "body"
    finally:
        print("finally runs")
print(risky())
# expect: finally runs
# expect: body
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(isinstance(e, MyError), e.args)  # expect: True ('custom',)
try:
    try:
        int("x")
    except ValueError:
        raise
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 10: 'x'
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")  # expect: else ran
try:
    import os_missing_module
except ImportError as e:
    print(e)  # expect: No module named 'os_missing_module'
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(e)  # expect: math broke
try:
    None.foo
except AttributeError as e:
    print(e)  # expect: 'NoneType' object has no attribute 'foo'
try:
    "a" + 1
except TypeError as e:
    print(e)  # expect: can only concatenate str (not "int") to str
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
def needs(a, b):
    pass
try:
    needs(1)
except TypeError as e:
    print(e)  # expect: needs() missing 1 required positional argument: 'b'
try:
    needs(1, 2, 3)
except TypeError as e:
    print(e)  # expect: needs() takes 2 positional arguments but 3 were given
try:
    needs(1, c=2)
except TypeError as e:
    print(e)  # expect: needs() got an unexpected keyword argument 'c'
try:
    print(undefined_name)
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
