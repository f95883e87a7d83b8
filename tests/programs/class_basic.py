# basic class definition and instances
class Account:
    bank = 'PyBank'
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance -= amount
        return self.balance
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'
a = Account('ann')
b = Account('bob', 50)
a.deposit(100).deposit(25)
print(a, b, a.balance, b.bank, Account.bank)
print(a.withdraw(30), a)
try:
    b.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(type(a).__name__, type(a) is Account, isinstance(a, Account), Account.__name__)
m = a.deposit
m(5)
print(a.balance)
Account.deposit(b, 1)
print(b.balance)
a.nickname = 'annie'
print(a.nickname, hasattr(b, 'nickname'))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, vars(e))
try:
    e.y
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Account.nope
except AttributeError as err:
    print(type(err).__name__, err)
