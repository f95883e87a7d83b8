# time/datetime at the limits: C int and time_t ranges, EOVERFLOW, huge durations.
import time, datetime
for e in ["time.localtime(2**62)", "time.localtime(-2**62)", "time.localtime(2**70)", "time.localtime(1e300)",
          "time.mktime((2**40,1,1,0,0,0,0,1,0))", "time.mktime((2024,1,1,0,0,0,0,1,2**40))",
          "time.strftime('%Y %j %U %G', (10**10,1,1,0,0,0,0,1,0))", "time.gmtime(2**62)", "time.gmtime(-2**62)",
          "datetime.datetime.fromtimestamp(-1e17)", "datetime.datetime.fromtimestamp(1e17)",
          "datetime.datetime.utcfromtimestamp(253402300800)", 
          "time.clock_gettime_ns(2**31)", "time.clock_gettime_ns(-1)", "time.asctime((2024,13,1,0,0,0,0,1,0))",
          "time.strptime('9'*50, '%Y')", "datetime.timedelta(seconds=float('inf'))",
          "datetime.timedelta(1) * float('inf')", "datetime.datetime.min.timestamp()",
          ]:
    try:
        print(e, "->", eval(e))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)
for e in ['datetime.timedelta(days=10**10)','datetime.timedelta(days=2**31)','datetime.timedelta(days=2**31-1)','datetime.timedelta(seconds=10**20)','datetime.timedelta(days=1e10)', 'datetime.timedelta(microseconds=10**30)', 'time.gmtime(-62135596800-86400*400)', 'time.gmtime(2**40*86400)', 'time.gmtime(2**31*366*86400)', 'time.gmtime(2**63)', 'time.localtime(2**63-1)', 'time.strftime("%Y", (-2**31-1,1,1,0,0,0,0,1,0))','datetime.datetime.max.replace(fold=1).timestamp()', 'time.mktime((2024,1,1,0,0,0,0,1,-2**40))']:
    try: print(e, '->', eval(e))
    except Exception as x: print(e, '!!', type(x).__name__, x)
