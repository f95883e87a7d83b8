# datetime: error paths (type and message) and edge cases of parsing and formatting.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

td = timedelta(1)
CASES = [
    "td/0", "td//0", "td%timedelta(0)", "td/timedelta(0)", "td//timedelta(0)",
    "divmod(td,timedelta(0))", "td*1.5", "td/1.5", "td*float('nan')",
    "date(2024,1,1)<datetime(2024,1,1)", "date(2024,1,1)==datetime(2024,1,1)",
    "datetime(2024,1,1)<datetime(2024,1,1,tzinfo=timezone.utc)",
    "datetime(2024,1,1)==datetime(2024,1,1,tzinfo=timezone.utc)",
    "datetime(2024,1,1)-datetime(2024,1,1,tzinfo=timezone.utc)",
    "time(1)<time(1,tzinfo=timezone.utc)", "date.max+td", "date.min-td", "datetime.max+td",
    "timedelta(days=1e9)", "timedelta(1)*1e9", "date(2024,1.0,1)", "date(2024,1)",
    "date('x',1,1)", "time(24)", "time(1,60)", "time(1,1,60)", "time(1,1,1,10**6)",
    "time(fold=2)", "time(tzinfo=1)", "timezone(1)", "timezone(timedelta(1))",
    "timezone(timedelta(0),1)", "timezone(-timedelta(hours=24))",
    "date.fromisoformat(1)", "datetime(2024,1,1).isoformat(timespec='x')",
    "abs(timedelta.max)+td", "-timedelta.min", "-timedelta.max", "date.fromordinal(0)",
    "date.fromordinal(3652060)", "date(10000,1,1)", "date(0,1,1)", "date(2**40,1,1)",
    "date(2023,2,29)", "date(2024,2,29)", "date(2024,13,1)", "date(2024,4,31)",
    "timezone(timedelta(hours=1),'abc')", "timezone(timedelta(microseconds=1))",
    "timezone(timedelta(0))", "timezone(timedelta(0), 'Z')", "str(timezone(timedelta(hours=-3, minutes=-30)))",
    "str(timezone(timedelta(seconds=-1)))",
    "datetime.combine(date(2024,1,1),2)", "timedelta('1')", "datetime(2024,1,1).astimezone(1)",
    "date.fromisocalendar(2024, 53, 1)", "date.fromisocalendar(2020, 53, 1)",
    "date.fromisocalendar(2024, 1, 8)", "date.fromisocalendar(0, 1, 1)",
    "datetime(2024,1,1,tzinfo=timezone.utc).isoformat(' ')",
    "datetime(2024,1,1,12,30,15,500).isoformat(timespec='hours')",
    "datetime(2024,1,1,12,30,15,500).isoformat(timespec='minutes')",
    "datetime(2024,1,1,12,30,15,500).isoformat(timespec='seconds')",
    "datetime(2024,1,1,12,30,15,500).isoformat(timespec='milliseconds')",
    "datetime(2024,1,1,12,30,15).isoformat(timespec='microseconds')",
    "time(1,2,3,4000).isoformat(timespec='milliseconds')",
    "time(1,2,tzinfo=timezone(timedelta(hours=1,seconds=5)))",
    "str(time(1,2,tzinfo=timezone(timedelta(hours=1,microseconds=5))))",
    "datetime(2024,1,1,fold=1)", "time(fold=1)", "time()", "bool(time())", "bool(timedelta(0))",
    "timedelta(0, -1)", "timedelta(-1, 86399, 999999)", "str(timedelta(-2, 5))",
    "str(timedelta(3, 0, 1))", "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)",
    "timedelta(microseconds=-0.5)", "timedelta(microseconds=-1.5)", "timedelta(seconds=1e-7)",
    "timedelta(days=-0.5)", "timedelta(minutes=1, milliseconds=-1)",
    "date(2024,1,1).replace(month=2, day=30)", "datetime(2024,1,1).replace(hour=25)",
    "time(5).replace(tzinfo=timezone.utc)", "datetime(2024,1,1).replace(tzinfo=5)",
    "date(2024,1,1) == 5", "timedelta(1) == 1", "date(2024, 1, 1) != date(2024, 1, 2)",
    "tzinfo().utcoffset(None)", "tzinfo().tzname(None)", "tzinfo().dst(None)",
    "datetime.strptime('2024-02-30', '%Y-%m-%d')", "datetime.strptime('x', '%Y')",
    "datetime.strptime('2024 x', '%Y')", "datetime.strptime('2024', '%Q')",
    "datetime.strptime('2024', '%Y%')", "datetime.strptime('29 Feb', '%d %b')",
    "datetime.strptime('12 am', '%I %p')", "datetime.strptime('12 PM', '%I %p')",
    "datetime.strptime('1 pm', '%I %p')", "datetime.strptime('7', '%I')",
    "datetime.strptime('69 68', '%y %Y')", "datetime.strptime('68', '%y')",
    "datetime.strptime('69', '%y')", "datetime.strptime('2024 100', '%Y %j')",
    "datetime.strptime('2024 10 1', '%Y %W %w')", "datetime.strptime('2024 0 0', '%Y %U %w')",
    "datetime.strptime('2024 10 Mon', '%G %V %a')", "datetime.strptime('2024 10', '%G %V')",
    "datetime.strptime('2024 10 1', '%Y %V %u')", "datetime.strptime('10 1', '%V %u')",
    "datetime.strptime('+05:30', '%z')", "datetime.strptime('-0530', '%z')",
    "datetime.strptime('Z', '%z')", "datetime.strptime('+05:3000', '%z')",
    "datetime.strptime('+01:00:30.5', '%z')", "datetime.strptime('GMT', '%Z')",
    "datetime.strptime('  2024', ' %Y')", "datetime.strptime('2024', ' %Y')",
    "datetime.strptime('MONDAY 1 JANUARY 2024', '%A %d %B %Y')",
    "datetime.strptime('20240102030405', '%Y%m%d%H%M%S')",
    "datetime.strptime('2024112', '%Y%m%d')", "datetime.strptime('1.123', '%S.%f')",
    "datetime.strptime('Tue Jan  2 03:04:05 2024', '%c')",
    "datetime.strptime('01/02/24 03:04:05', '%x %X')", "datetime.strptime(5, '%Y')",
    "datetime.strptime('5', 5)", "datetime.strptime('2024-1-2 3:4:5', '%Y-%m-%d %H:%M:%S')",
    "datetime.strptime('%2024', '%%%Y')",
    "date(5, 1, 1).strftime('%Y %y %C %G %g %F')", "date(2024, 1, 1).strftime(5)",
    "date(2024, 1, 1).strftime('%H:%M:%S %f %z %Z')", "time(1, 2).strftime('%Y-%m-%d %H %f')",
    "datetime(2024, 1, 2, 3, 4, 5).strftime('%-d %-m %e %k %l %I %P %s-less')",
    "format(date(2024,1,1), '')", "format(datetime(2024,1,1), '%Y!')", "format(time(3), '%H')",
    "'{:%Y}'.format(datetime(2024,1,1))", "date.fromisoformat('2024-01-01T00:00')",
    "datetime.fromisoformat('2024-01-01 10:00:00+0100')", "datetime(2024,1,1,5).__sub__(3)",
]
ISO = ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-1", "2024W011",
       "2024-W53", "2020-W53-7", "2024-1-1", "2024-01-1", "24-01-01", "2024-13-01",
       "2024-02-30", "2024/01/02", "", "2024-01-02T", "2024-01-02T03", "2024-01-02T0304",
       "2024-01-02T03:04", "2024-01-02T03:04:05", "2024-01-02T030405", "2024-01-02 03:04:05.1",
       "2024-01-02T03:04:05.123", "2024-01-02T03:04:05.1234", "2024-01-02T03:04:05.123456",
       "2024-01-02T03:04:05.1234567", "2024-01-02T03:04:05,5", "2024-01-02T03:04:05Z",
       "2024-01-02T03:04:05+01", "2024-01-02T03:04:05+01:30", "2024-01-02T03:04:05-0130",
       "2024-01-02T03:04:05+01:30:15", "2024-01-02T03:04:05+01:30:15.5", "2024-01-02T24:00",
       "2024-01-02T3:04", "2024-01-02T03:4", "2024-01-02X03:04", "20240102T030405Z",
       "2024-01-02T03:04:05+25:00", "2024-01-02T03:04:05+", "2024-01-02T03:04:60",
       "2024-W01-1T10:00", "2024-01-02T03:04:05.+01:00"]
TIMES = ["03:04", "03:04:05", "030405", "0304", "03", "T03:04", "03:04:05.123456",
         "03:04:05.1", "03:04:05+01:00", "03:04:05Z", "24:00", "3:04", "03:04:05.",
         "03-04", "", "03:04:05-05:30:10.123"]


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for c in CASES:
    show(c)
for s in ISO:
    show("datetime.fromisoformat(%r)" % s)
    show("date.fromisoformat(%r)" % s)
for s in TIMES:
    show("time.fromisoformat(%r)" % s)
print(MINYEAR, MAXYEAR)
