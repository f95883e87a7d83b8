# uncaught exception from a chain of method calls
class Parser:
    def __init__(self, text):
        self.text = text
    def tokens(self):
        return self.text.split()
    def numbers(self):
        return [float(t) for t in self.tokens()]
    def average(self):
        nums = self.numbers()
        return sum(nums) / len(nums)
print(Parser('1 2 3 4').average())
print(Parser('').average())
