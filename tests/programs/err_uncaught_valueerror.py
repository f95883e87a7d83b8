# uncaught ValueError from int()
raw = ['10', '20', 'thirty']
parsed = []
for r in raw:
    parsed.append(int(r))
    print('parsed', parsed[-1])
