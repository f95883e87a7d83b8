# small integration program: accounts, transactions, errors
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f'{self.owner}: balance {self.balance} < {amt}')
        self.balance -= amt
        self.history.append(('wd', amt))
    def __repr__(self):
        return f'<#{self.id} {self.owner}: {self.balance}>'
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acc = Account(owner, initial)
        self.accounts[owner] = acc
        return acc
    def transfer(self, src, dst, amt):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amt)
        b.deposit(amt)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
for name, amt in [('ann', 100), ('bob', 50), ('cy', 0)]:
    bank.open(name, amt)
ops = [('ann', 'bob', 30), ('bob', 'cy', 100), ('cy', 'ann', 0), ('bob', 'cy', 80), ('dan', 'ann', 5), ('ann', 'cy', -5)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print('ok', src, '->', dst, amt)
    except InsufficientFunds as e:
        print('insufficient:', e)
    except KeyError as e:
        print('no such account:', e)
    except ValueError as e:
        print('invalid:', e)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(bank.total())
for acc in bank.accounts.values():
    print(acc.owner, acc.history)
