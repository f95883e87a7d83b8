"""Calendar printing functions (tessera's own implementation).

Weeks start on Monday by default (see setfirstweekday()); names are the
English (C locale) ones.
"""

import datetime as _dt
import sys as _sys

__all__ = ("IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday "
           "isleap leapdays weekday monthrange monthcalendar prmonth month prcal "
           "calendar timegm month_name month_abbr day_name day_abbr Calendar "
           "TextCalendar HTMLCalendar LocaleTextCalendar LocaleHTMLCalendar "
           "weekheader MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY "
           "SUNDAY").split()

class IllegalMonthError(ValueError):
    # the offending value is kept in args[0] and exposed as .month
    month = property(lambda self: self.args[0])

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.args[0],)


class IllegalWeekdayError(ValueError):
    weekday = property(lambda self: self.args[0])

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.args[0],)


error = ValueError


(January, February, March, April, May, June, July, August, September,
 October, November, December) = range(1, 13)
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameList:
    """Read-only sequence of names, indexable and sliceable like a list."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, index):
        got = self._names[index]
        return list(got) if isinstance(index, slice) else got

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


_MONTHS = ("January February March April May June July August September "
           "October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

month_name = _NameList([""] + _MONTHS)
month_abbr = _NameList([""] + [m[:3] for m in _MONTHS])
day_name = _NameList(_DAYS)
day_abbr = _NameList([d[:3] for d in _DAYS])


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leap_years_below(year):
    # leap years in the proleptic range [1, year)
    n = year - 1
    return n // 4 - n // 100 + n // 400


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).  Assume y1 <= y2."""
    return _leap_years_below(y2) - _leap_years_below(y1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def _length(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the 1st, number of days) for the given month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _length(year, month)


def _shift_month(year, month, step):
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _rows(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


class Calendar(object):
    """Base calendar class: prepares data for formatting, formats nothing."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._start % 7

    def setfirstweekday(self, firstweekday):
        self._start = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Return an iterator for one week of weekday numbers starting with
        the configured first one."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def _padding(self, year, month):
        # (days shown from the previous month, days in month, days shown from the next)
        first, size = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = -(before + size) % 7
        return before, size, after

    def itermonthdays3(self, year, month):
        """Like itermonthdates(), but yields (year, month, day) tuples."""
        before, size, after = self._padding(year, month)
        py, pm = _shift_month(year, month, -1)
        plen = _length(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, size + 1):
            yield year, month, d
        ny, nm = _shift_month(year, month, 1)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Like itermonthdays3(), with the weekday number as a fourth item."""
        start = self.firstweekday
        for pos, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (start + pos) % 7

    def itermonthdates(self, year, month):
        """Iterate over datetime.date objects for whole weeks covering the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield _dt.date(y, m, d)

    def itermonthdays(self, year, month):
        """Like itermonthdates(), but only day numbers; 0 outside the month."""
        before, size, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, size + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """Like itermonthdays(), with (day number, weekday number) tuples."""
        start = self.firstweekday
        for pos, d in enumerate(self.itermonthdays(year, month)):
            yield d, (start + pos) % 7

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def _side_by_side(cells, colwidth, spacing):
    gap = " " * spacing
    return gap.join([cell.center(colwidth) for cell in cells])


class TextCalendar(Calendar):
    """Calendar producing plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        text = "%2i" % day if day else ""
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        sep = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        return "".join([text.rstrip() + sep for text in lines])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, c = max(2, w), max(2, c)
        sep = "\n" * max(1, l)
        colwidth = 7 * (w + 1) - 1
        total = colwidth * m + c * (m - 1)
        out = [repr(theyear).center(total).rstrip(), sep]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = row_index * m + 1
            months = range(first, first + len(row))
            out.append(sep)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            for line in (names, [header] * len(row)):
                out += [_side_by_side(line, colwidth, c).rstrip(), sep]
            depth = max(len(cal) for cal in row)
            for j in range(depth):
                cells = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out += [_side_by_side(cells, colwidth, c).rstrip(), sep]
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendar producing HTML tables."""

    cssclass_noday = "noday"
    cssclasses = [d.lower() for d in day_abbr]
    cssclasses_weekday_head = cssclasses
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %s" % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        parts.append("</table>")
        return "\n".join(parts) + "\n"

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
               "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            out.append("<tr>")
            for k in range(first, min(first + width, 13)):
                out += ["<td>", self.formatmonth(theyear, k, withyear=False), "</td>"]
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        if encoding is None:
            encoding = getattr(_sys, "getdefaultencoding", lambda: "utf-8")()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                "<html>\n", "<head>\n",
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        head += ["<title>Calendar for %d</title>\n" % theyear, "</head>\n", "<body>\n",
                 self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(head).encode(encoding, "xmlcharrefreplace")


def _only_c_locale(locale):
    """tessera has the C locale's names only: any other locale is refused rather than
    silently printed in English."""
    if locale not in (None, '', 'C', 'POSIX'):
        raise NotImplementedError(
            'calendar: only the C locale is available in tessera, not %r' % (locale,))
    return locale


class LocaleTextCalendar(TextCalendar):
    """TextCalendar taking a locale name; only the C locale exists here."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _only_c_locale(locale)


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar taking a locale name; only the C locale exists here."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _only_c_locale(locale)


_default = TextCalendar()
firstweekday = _default.getfirstweekday
monthcalendar = _default.monthdayscalendar
prweek = _default.prweek
week = _default.formatweek
weekheader = _default.formatweekheader
prmonth = _default.prmonth
month = _default.formatmonth
calendar = _default.formatyear
prcal = _default.pryear


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


_COLWIDTH = 7 * 3 - 1
_SPACING = 6


def formatstring(cols, colwidth=_COLWIDTH, spacing=_SPACING):
    """Return a string of the columns centred in colwidth, spacing apart."""
    return _side_by_side(cols, colwidth, spacing)


def format(cols, colwidth=_COLWIDTH, spacing=_SPACING):
    """Print the columns centred in colwidth, spacing apart."""
    print(formatstring(cols, colwidth, spacing))


_EPOCH_ORDINAL = _dt.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
