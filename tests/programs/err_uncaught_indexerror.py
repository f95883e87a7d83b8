# uncaught IndexError
items = ['a', 'b', 'c']
for i in range(len(items)):
    print(i, items[i])
def last_plus_one(seq):
    return seq[len(seq)]
print(last_plus_one(items))
