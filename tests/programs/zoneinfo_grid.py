# zoneinfo over a grid of UTC instants 1900-2100 in 30 zones: fromutc (via astimezone),
# utcoffset/dst/tzname of the local result, and the round trip back to UTC.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Anchorage", "America/Halifax", "America/St_Johns", "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires", "America/Phoenix", "Europe/London", "Europe/Paris",
    "Europe/Berlin", "Europe/Dublin", "Europe/Lisbon", "Europe/Moscow", "Europe/Athens",
    "Africa/Johannesburg", "Africa/Lagos", "Asia/Tokyo", "Asia/Kolkata", "Asia/Shanghai",
    "Asia/Kathmandu", "Asia/Singapore", "Australia/Sydney", "Australia/Adelaide",
    "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham", "UTC",
]


def fmt(td):
    s = int(td.total_seconds())
    sign = "-" if s < 0 else "+"
    s = abs(s)
    return "%s%02d:%02d:%02d" % (sign, s // 3600, s // 60 % 60, s % 60)


start = datetime(1900, 1, 1, 3, 17, tzinfo=timezone.utc)
step = timedelta(days=173, hours=7, minutes=11)
for key in ZONES:
    z = ZoneInfo(key)
    out = []
    u = start
    while u.year < 2100:
        loc = u.astimezone(z)
        back = loc.astimezone(timezone.utc)
        assert back == u, (key, u, loc)
        out.append("%s %s %s %s%s" % (loc.strftime("%Y%m%d%H%M"), fmt(loc.utcoffset()),
                                      fmt(loc.dst()), loc.tzname(), "*" if loc.fold else ""))
        u += step
    print(key, len(out))
    for i in range(0, len(out), 6):
        print(" ", " | ".join(out[i:i + 6]))
