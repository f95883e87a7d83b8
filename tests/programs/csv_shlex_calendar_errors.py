# csv, shlex, calendar: argument errors (positional limits, dialect= keyword, bad months/weekdays, unterminated quotes/escapes).
import calendar as c, shlex, csv, io
for f in [lambda: c.month(2024, 13), lambda: c.day_name[9], lambda: c.TextCalendar().formatmonth(2024, 0),
          lambda: list(c.Calendar().itermonthdays(2024, 14)), lambda: c.timegm((2024, 13, 1, 0, 0, 0)),
          lambda: c.monthrange(2024, '1'), lambda: c.setfirstweekday(-1), lambda: c.setfirstweekday('x'),
          lambda: shlex.split('"a'), lambda: shlex.split('a\\'), lambda: shlex.split("'a\\'"),
          lambda: list(shlex.shlex('"a')), lambda: list(shlex.shlex('a\\', posix=True)),
          lambda: shlex.join(['a', None]), lambda: shlex.quote(b''),
          lambda: csv.reader(io.StringIO('x'), 'excel', 'extra'), lambda: csv.writer(),
          lambda: list(csv.reader(['a'], strict=1, bogus=2))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(c.IllegalMonthError(3).args, str(c.IllegalWeekdayError('q')), isinstance(c.IllegalMonthError(1), ValueError))
print(list(csv.reader(['a;b'], dialect=csv.get_dialect('excel'), delimiter=';')), list(csv.reader(['a\tb'], dialect='excel-tab')))
b = io.StringIO(); csv.writer(b, dialect='unix').writerow(['x']); print(repr(b.getvalue()))
b = io.StringIO(); csv.DictWriter(b, ['a'], dialect='unix').writerow({'a': 1}); print(repr(b.getvalue()))
print(list(csv.DictReader(['a;b', '1;2'], delimiter=';')))
