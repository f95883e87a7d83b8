# calendar: leap years, month ranges, weekday, names, month layouts, text calendars, errors.
import calendar

print(calendar.month_name[1:3], len(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[12])
print(list(calendar.month_name)[0] == "", calendar.day_name[6])
for y in (1900, 2000, 2023, 2024, 2100, 1):
    print(y, calendar.isleap(y), calendar.monthrange(y, 2), calendar.weekday(y, 3, 1))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.weekday(12024, 1, 1))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 12, w=3, l=2), end="")
print(calendar.calendar(2024), end="")
print(calendar.weekheader(3), calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
cal = calendar.Calendar(6)
print(cal.monthdayscalendar(2024, 2), list(cal.iterweekdays()))
print(cal.monthdatescalendar(2024, 3)[0])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9), end="")
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 6)[0])
calendar.setfirstweekday(0)
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 13, 1),
          lambda: calendar.setfirstweekday(9), lambda: calendar.monthrange(2024, 0)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
