# A trapped DivisionByZero left uncaught ends the program; the last traceback line
# names decimal.DivisionByZero and lists the conditions raised.
from decimal import Decimal

print(Decimal(1) / 4)
print(Decimal(1) / 0)
