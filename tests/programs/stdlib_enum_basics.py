import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class C(Enum):
  R=1; G=2
print(C.R in C, repr(C), C.__members__)
try:
  class D(C): X=3
except Exception as e: print(type(e).__name__, e)
class P(Flag):
  R=4; W=2; X=1
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R|P.X), len(P.R|P.W), P.R in (P.R|P.W), bool(P(0)))
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
  R=4; W=2
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP(9), repr(IP(9)), IP.R + 1, format(IP.R))
class S(StrEnum):
  A=auto(); B='bee'
print(repr(S.A), str(S.A), S.B.upper(), f'{S.A}', S('bee'))
class I(IntEnum):
  A=1; B=2
print(repr(I.A), str(I.A), f'{I.A:>3}', I.A + 1, I.A < I.B, I(2), sorted([I.B, I.A]))
print(repr(C), repr(P), repr(I), repr(IP), repr(S), hash(C.R)==hash('R'))
try:
  @enum.unique
  class U(Enum):
    A=1; B=1; C=2; D=2
except ValueError as e: print(e)
F=Enum('F', 'a b c'); print(list(F), F.a.value)
F2=Enum('F2', [('x', 10), ('y', 20)]); print(list(F2))
try: C['Z']
except KeyError as e: print(type(e).__name__, e)
print(C.R.name, C.R.value, C.R is C(1), C.R == 1, type(C.R), f'{C.R}', str(C.R), format(C.R, '>10'))
class A2(Enum):
  X=auto(); Y=auto()
print(list(A2), A2.Y.value)
