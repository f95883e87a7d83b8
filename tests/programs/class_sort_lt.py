# sorting objects with __lt__
class Card:
    RANKS = '23456789TJQKA'
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return (Card.RANKS.index(self.rank), self.suit) < (Card.RANKS.index(other.rank), other.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ['Kh', '2c', 'Ah', 'Td', '2s', '9h', 'Kc']]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort()
print(hand)
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f'{self.name}({self.pri})'
tasks = [Task(2, 'b'), Task(1, 'a'), Task(2, 'c'), Task(0, 'z'), Task(1, 'd')]
print(sorted(tasks))
print(sorted(tasks, key=lambda t: t.name))
