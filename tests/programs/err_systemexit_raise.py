# raising SystemExit directly; finally blocks still run
try:
    print('raising SystemExit(5)')
    raise SystemExit(5)
finally:
    print('finally executed')
