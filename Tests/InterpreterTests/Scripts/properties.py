class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
t = Temperature()
t.celsius = 21.5
print(t.celsius)  # expect: 21.5
try:
    t.celsius = -300
except ValueError as e:
    print(e)  # expect: below absolute zero
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name, punctuation=""):
    return "hi " + name + punctuation
print(greet("ann", punctuation="?"))  # expect: HI ANN?!
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e.__cause__))  # expect: ValueError('v')
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter([self.a, self.b])
    def __contains__(self, item):
        return item == self.a
    def __lt__(self, other):
        return self.a < other.a
    def __str__(self):
        return f"Pair({self.a}, {self.b})"
x, y = Pair(1, 2)
print(x, y, 1 in Pair(1, 5), 5 in Pair(1, 5))  # expect: 1 2 True False
print(min(Pair(3, 0), Pair(2, 9)), sorted([Pair(2, 0), Pair(1, 0)])[0])  # expect: Pair(2, 9) Pair(1, 0)
