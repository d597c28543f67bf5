class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"
class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []
    def speak(self):
        return super().speak() + ": woof"
d = Dog("Rex")
print(d.speak())  # expect: Rex makes a sound: woof
print(d.kind, isinstance(d, Animal), isinstance(d, Dog), type(d).__name__)  # expect: animal True True Dog
print([Animal("cat")])  # expect: [Animal('cat')]
print(issubclass(Dog, Animal), issubclass(Animal, Dog))  # expect: True False
class Counter:
    def __init__(self):
        self.n = 0
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out")
        return i * 10
    def __add__(self, other):
        c = Counter()
        c.n = self.n + other
        return c
    def __eq__(self, other):
        return isinstance(other, Counter) and other.n == self.n
c = Counter() + 3
print(len(c), list(c), c[1], c == Counter() + 3, c != Counter())  # expect: 3 [0, 10, 20] 10 True True
class Callback:
    def on_epoch_end(self, epoch, logs={}):
        if logs.get("accuracy") > 0.6:
            print("stop at", epoch)
            self.stop = True
cb = Callback()
cb.on_epoch_end(3, {"accuracy": 0.7})  # expect: stop at 3
print(cb.stop)  # expect: True
class P:
    @property
    def value(self):
        return 42
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls.__name__
print(P().value, P.s(1), P.make())  # expect: 42 2 P
print(hasattr(d, "name"), getattr(d, "missing", "dflt"))  # expect: True dflt
setattr(d, "age", 3)
print(d.age)  # expect: 3
