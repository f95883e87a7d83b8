# time: struct_time, gmtime, localtime relations, mktime, strftime/strptime, errors.
import time

print(time.gmtime(0))
print(time.gmtime(1704164645), time.gmtime(-86401), time.gmtime(1.99), time.gmtime(-0.5))
t = time.gmtime(1704164645)
print(t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[:3], len(t), tuple(t)[-1], t == tuple(t))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.struct_time((1,) * 11).tm_zone)
lt = time.localtime()
print(type(lt).__name__, len(lt), isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0, type(time.mktime(lt)).__name__)
print(time.localtime(1700000000).tm_gmtoff - time.gmtime(0).tm_gmtoff in (-time.timezone, -time.altzone))
print(type(time.tzname).__name__, len(time.tzname), type(time.timezone).__name__, time.daylight in (0, 1))
print(time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.asctime(time.gmtime(0)), type(time.ctime()).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %b", time.gmtime(1704164645)))
print(time.strftime("%Z %z", time.gmtime(0)), time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strptime("2024-01-02", "%Y-%m-%d"))
print(time.strptime("Tue Jan  2 03:04:05 2024"), time.strptime("12:30 +0130", "%H:%M %z").tm_gmtoff)
print(time.process_time() >= 0, time.monotonic() <= time.monotonic(), time.time_ns() > 10**18)
print(time.perf_counter_ns() >= 0, time.monotonic_ns() >= 0, time.process_time_ns() >= 0)
for expr in ["time.gmtime('x')", "time.gmtime(float('nan'))", "time.gmtime(1e300)", "time.struct_time((1,2))",
             "time.struct_time((1,)*12)", "time.mktime(5)", "time.mktime((1,2,3))",
             "time.strftime('%Y', (2024,13,1,0,0,0,0,1,0))", "time.strftime('%Y', (2024,1,32,0,0,0,0,1,0))",
             "time.strftime('%Y', (2024,1,1,24,0,0,0,1,0))", "time.strftime('%Y', (2024,1,1,0,60,0,0,1,0))",
             "time.strftime('%Y', (2024,1,1,0,0,62,0,1,0))", "time.strftime('%Y', (2024,1,1,0,0,0,-1,1,0))",
             "time.strftime('%Y', (2024,1,1,0,0,0,0,367,0))", "time.strftime('%Y', (2024,1,1))",
             "time.strftime('%Y', 5)", "time.strftime(5)", "time.strptime('2024', '%Y %m')",
             "time.strptime('2024-02-30', '%Y-%m-%d')", "time.strptime(5)", "time.strptime('1', '%')",
             "time.sleep(-1)", "time.sleep('x')", "time.strptime('31', '%d').tm_mday",
             "time.strptime('Feb 29', '%b %d')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0)
print(time.thread_time() >= 0, type(time.thread_time_ns()).__name__)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, time.get_clock_info("time").adjustable, info.resolution <= 1e-6)
for expr in ["time.get_clock_info('nope')", "time.clock_gettime(12345)"]:
    try:
        print(eval(expr))
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
