# formatted text table report
rows = [
    ('Widget', 4, 3.5),
    ('Gadget', 10, 12.25),
    ('Doohickey', 1, 99.999),
    ('Thingamajig', 250, 0.1),
]
headers = ('Item', 'Qty', 'Price', 'Total')
data = [(name, qty, price, qty * price) for name, qty, price in rows]
w0 = max(len(headers[0]), *(len(r[0]) for r in data))
line = '+' + '-' * (w0 + 2) + '+' + '-' * 7 + '+' + '-' * 10 + '+' + '-' * 12 + '+'
print(line)
print(f'| {headers[0]:<{w0}} | {headers[1]:>5} | {headers[2]:>8} | {headers[3]:>10} |')
print(line.replace('-', '='))
for name, qty, price, total in data:
    print(f'| {name:<{w0}} | {qty:>5d} | {price:>8.2f} | {total:>10,.2f} |')
print(line)
grand = sum(r[3] for r in data)
print(f'| {"TOTAL":<{w0}} | {sum(r[1] for r in data):>5d} | {"":>8} | {grand:>10,.2f} |')
print(line)
print(f'{"average price":>20}: {sum(r[2] for r in data) / len(data):.3f}')
print(f'{"most expensive":>20}: {max(data, key=lambda r: r[2])[0]}')
print('%-12s|%6s|%s' % ('left', 'right', '%'))
