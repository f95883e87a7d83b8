# uncaught user-defined exception with custom __str__
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f'cannot withdraw {self.amount}, balance is {self.balance}'
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
b = withdraw(100, 30)
print('balance', b)
b = withdraw(b, 100)
print('not reached')
