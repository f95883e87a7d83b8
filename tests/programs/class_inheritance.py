# inheritance and method overriding
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
class Cat(Animal):
    sound = 'meow'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1), Cat('tom')]:
    print(type(a).__name__, a.speak(), '|', a.kind())
p = Puppy('bit', 1)
print(p.age, p.name, isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__[0].__name__)
print(issubclass(Dog, object), isinstance(5, object))
class Base:
    def template(self):
        return f'[{self.hook()}]'
    def hook(self):
        return 'base'
class Derived(Base):
    def hook(self):
        return 'derived'
print(Base().template(), Derived().template())
