# Generated corpus: calendar month/year layouts, iterators and helpers for random years,
# first weekdays and widths.
import calendar, random
r = random.Random(3)
for i in range(60):
    y = r.randint(1, 9998)
    m = r.randint(1, 12)
    fw = r.randint(0, 6)
    tc = calendar.TextCalendar(fw)
    print(y, m, fw, calendar.isleap(y), calendar.monthrange(y, m), calendar.weekday(y, m, 1),
          calendar.leapdays(r.randint(-500, 3000), r.randint(-500, 3000)),
          calendar.timegm((y, m, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))))
    print(tc.formatmonth(y, m, r.randint(0, 4), r.randint(0, 2)), end="")
    print(tc.monthdays2calendar(y, m)[-1], list(tc.itermonthdays4(y, m))[:2])
    if i % 10 == 0:
        print(tc.formatyear(y, r.randint(0, 3), r.randint(0, 2), r.randint(0, 8), r.randint(1, 6)), end="")
        print(tc.formatweekheader(r.randint(1, 12)))
