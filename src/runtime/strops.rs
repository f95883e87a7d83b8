//! CPython 3.11 `str` methods and a few `bytes` helpers, as pure functions indexed by code point.

// Everything here follows CPython 3.11 (Objects/unicodeobject.c and Objects/stringlib), including
// its edge cases: empty separators, negative counts, out-of-range `start`/`end`, final sigma.
//
// Character properties come from two sources. Where a `char` method of std computes exactly the
// property CPython uses (White_Space, Lowercase, Uppercase, full case mappings, N* categories),
// we call it. Where std has no such method (General_Category M* and Lt, Nd, Numeric_Type,
// XID_*, CaseFolding, titlecase), the tables at the end of this file were generated from
// CPython 3.11's `unicodedata` (Unicode 14.0.0). Known deviation: std follows a newer Unicode
// version than CPython 3.11, so code points assigned after Unicode 14.0 (and the handful whose
// case properties changed since, such as U+019B gaining an uppercase in 16.0) can classify or
// case-map differently from CPython 3.11. Every code point assigned in Unicode 14.0 was checked
// against CPython 3.11 for all the `is*` predicates, `repr` and the per-character case mappings.

use std::cmp::Ordering;

/// ValueError message for an empty separator in `split`, `rsplit`, `partition`, `rpartition`.
pub const EMPTY_SEPARATOR: &str = "empty separator";

/// Error for a result that cannot be allocated; the VM should raise MemoryError for it.
pub const TOO_LARGE: &str = "result too large";

/// Reserves the whole result up front so an absurd width or count becomes an error instead of
/// an allocation panic.
fn alloc(bytes: usize) -> Result<String, String> {
    let mut out = String::new();
    out.try_reserve_exact(bytes)
        .map_err(|_| TOO_LARGE.to_owned())?;
    Ok(out)
}

fn len_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

// ---------------------------------------------------------------------------------------------
// Code point indexing
// ---------------------------------------------------------------------------------------------

/// Python's `len(s)`: the number of code points.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of code point `idx`, or `s.len()` past the end.
fn byte_offset(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

/// The text between code point indices `start..end`, empty when the range is empty or invalid.
fn window(s: &str, start: i64, end: i64) -> &str {
    let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
        return "";
    };
    if start >= end {
        return "";
    }
    let b0 = byte_offset(s, start);
    let b1 = b0 + byte_offset(&s[b0..], end - start);
    s.get(b0..b1).unwrap_or("")
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end and are clamped at 0, `end`
/// is clamped to `len`. `start` may stay beyond `len`; callers compare `end - start` against the
/// needle length, which is how `'abc'.find('', 4)` comes out as -1.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// `s[i]` for an integer `i` (negative counts from the end); `None` means IndexError.
pub fn char_at(s: &str, i: i64) -> Option<char> {
    let i = if i < 0 {
        i.checked_add(len_i64(char_len(s)))?
    } else {
        i
    };
    let i = usize::try_from(i).ok()?;
    if s.is_ascii() {
        return s.as_bytes().get(i).map(|&b| char::from(b));
    }
    s.chars().nth(i)
}

/// `s[start:stop:step]` for indices already normalized by the VM (as `slice.indices(len)` does).
///
/// The indices are clamped once more so that out-of-range input can never make this loop for
/// long or read outside the string; `step == 0` (a ValueError the VM raises first) gives "".
pub fn char_slice(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    // i128 keeps `stop - start` and `-step` free of overflow for every i64 input.
    let len = i128::from(len_i64(char_len(s)));
    let (mut start, mut stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
    start = start.clamp(lo, hi);
    stop = stop.clamp(lo, hi);
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    if count == 0 {
        return String::new();
    }
    if step == 1 {
        return window(s, start as i64, stop as i64).to_owned();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = start;
    for _ in 0..count {
        if let Some(&c) = usize::try_from(i).ok().and_then(|i| chars.get(i)) {
            out.push(c);
        }
        i += step;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

// UTF-8 is self-synchronizing: a byte-level match of one valid string inside another always
// starts and ends on code point boundaries. Searching, splitting and replacing therefore work
// on bytes, and code points are only counted when an index has to be reported.

/// `s.find(sub, start, end)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(char_len(s)));
    if end - start < len_i64(char_len(sub)) {
        return -1;
    }
    let hay = window(s, start, end);
    hay.find(sub)
        .map_or(-1, |b| start + len_i64(char_len(&hay[..b])))
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(char_len(s)));
    if end - start < len_i64(char_len(sub)) {
        return -1;
    }
    let hay = window(s, start, end);
    hay.rfind(sub)
        .map_or(-1, |b| start + len_i64(char_len(&hay[..b])))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; the empty string occurs between
/// every pair of code points and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(char_len(s)));
    if end - start < len_i64(char_len(sub)) {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    len_i64(window(s, start, end).matches(sub).count())
}

/// `s.startswith(prefix, start, end)` for one prefix (the VM loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (start, end) = adjust_indices(start, end, len_i64(char_len(s)));
    end - start >= len_i64(char_len(prefix)) && window(s, start, end).starts_with(prefix)
}

/// `s.endswith(suffix, start, end)` for one suffix (the VM loops over a tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (start, end) = adjust_indices(start, end, len_i64(char_len(s)));
    end - start >= len_i64(char_len(suffix)) && window(s, start, end).ends_with(suffix)
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, replacing
// ---------------------------------------------------------------------------------------------

/// Python's maxsplit/count convention: any negative value means "no limit".
fn limit(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        usize::try_from(n).unwrap_or(usize::MAX)
    }
}

fn owned(parts: impl Iterator<Item = impl Into<String>>) -> Vec<String> {
    parts.map(Into::into).collect()
}

/// `s.split(sep, maxsplit)`; `Err` carries the ValueError message.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = limit(maxsplit);
    match sep {
        Some("") => Err(EMPTY_SEPARATOR.to_owned()),
        Some(sep) => Ok(owned(s.splitn(max.saturating_add(1), sep))),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            let mut left = max;
            while !rest.is_empty() {
                // Once the splits are used up the remainder is kept whole, trailing
                // whitespace included, which is what CPython does.
                let piece = if left == 0 {
                    None
                } else {
                    rest.split_once(is_space)
                };
                match piece {
                    Some((word, tail)) => {
                        out.push(word.to_owned());
                        rest = tail.trim_start_matches(is_space);
                        left -= 1;
                    }
                    None => {
                        out.push(rest.to_owned());
                        break;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`; `Err` carries the ValueError message.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = limit(maxsplit);
    let mut out = match sep {
        Some("") => return Err(EMPTY_SEPARATOR.to_owned()),
        Some(sep) => owned(s.rsplitn(max.saturating_add(1), sep)),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            let mut left = max;
            while !rest.is_empty() {
                let piece = if left == 0 {
                    None
                } else {
                    rest.rsplit_once(is_space)
                };
                match piece {
                    Some((head, word)) => {
                        out.push(word.to_owned());
                        rest = head.trim_end_matches(is_space);
                        left -= 1;
                    }
                    None => {
                        out.push(rest.to_owned());
                        break;
                    }
                }
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`; "\r\n" counts as one boundary and a trailing boundary does not
/// start an empty last line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            next += 1;
        }
        let line_end = if keepends { next } else { i };
        out.push(s[line_start..line_end].to_owned());
        line_start = next;
    }
    if line_start < s.len() {
        out.push(s[line_start..].to_owned());
    }
    out
}

/// `s.partition(sep)`; `Err` carries the ValueError message.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.to_owned());
    }
    Ok(match s.split_once(sep) {
        Some((head, tail)) => (head.to_owned(), sep.to_owned(), tail.to_owned()),
        None => (s.to_owned(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`; `Err` carries the ValueError message.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.to_owned());
    }
    Ok(match s.rsplit_once(sep) {
        Some((head, tail)) => (head.to_owned(), sep.to_owned(), tail.to_owned()),
        None => (String::new(), String::new(), s.to_owned()),
    })
}

/// `s.strip(chars)`; `None` strips whitespace as `str.isspace` defines it.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.replace(old, new, count)`; a negative count replaces all. An empty `old` matches before
/// every code point and at the end. `Err` means the result is too large to allocate.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, String> {
    let max = limit(count);
    if max == 0 || old == new {
        return Ok(s.to_owned());
    }
    if old.is_empty() {
        let chars = char_len(s);
        let n = chars.saturating_add(1).min(max);
        let size = new
            .len()
            .checked_mul(n)
            .and_then(|extra| extra.checked_add(s.len()))
            .ok_or_else(|| TOO_LARGE.to_owned())?;
        let mut out = alloc(size)?;
        for (k, c) in s.chars().enumerate() {
            if k < n {
                out.push_str(new);
            }
            out.push(c);
        }
        if n > chars {
            out.push_str(new);
        }
        return Ok(out);
    }
    let n = s.matches(old).take(max).count();
    if n == 0 {
        return Ok(s.to_owned());
    }
    let size = new
        .len()
        .checked_mul(n)
        .and_then(|grown| grown.checked_add(s.len() - old.len() * n))
        .ok_or_else(|| TOO_LARGE.to_owned())?;
    let mut out = alloc(size)?;
    let mut last = 0;
    for (at, _) in s.match_indices(old).take(n) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// `s.expandtabs(tabsize)`: columns restart after "\n" and "\r"; a non-positive tabsize just
/// deletes tabs. `Err` means the result is too large to allocate.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, String> {
    let mut out = alloc(s.len())?;
    let mut column: u64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if let Ok(size @ 1..) = u64::try_from(tabsize) {
                    let pad = size - column % size;
                    let pad_usize = usize::try_from(pad).map_err(|_| TOO_LARGE.to_owned())?;
                    out.try_reserve(pad_usize)
                        .map_err(|_| TOO_LARGE.to_owned())?;
                    out.extend(std::iter::repeat_n(' ', pad_usize));
                    // The reservation above succeeded, so the column stays far below u64::MAX.
                    column += pad;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------------------------

fn pad(s: &str, left: i64, right: i64, fill: char) -> Result<String, String> {
    let (Ok(left), Ok(right)) = (usize::try_from(left), usize::try_from(right)) else {
        return Err(TOO_LARGE.to_owned());
    };
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(|| TOO_LARGE.to_owned())?;
    let mut out = alloc(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `s.center(width, fill)`. `Err` means the result is too large to allocate.
pub fn center(s: &str, width: i64, fill: char) -> Result<String, String> {
    let margin = width.saturating_sub(len_i64(char_len(s)));
    if margin <= 0 {
        return Ok(s.to_owned());
    }
    // CPython's rounding: an odd margin puts the extra fill on the left only for odd widths.
    let left = margin / 2 + (margin & width & 1);
    pad(s, left, margin - left, fill)
}

/// `s.ljust(width, fill)`. `Err` means the result is too large to allocate.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, String> {
    let margin = width.saturating_sub(len_i64(char_len(s)));
    pad(s, 0, margin.max(0), fill)
}

/// `s.rjust(width, fill)`. `Err` means the result is too large to allocate.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, String> {
    let margin = width.saturating_sub(len_i64(char_len(s)));
    pad(s, margin.max(0), 0, fill)
}

/// `s.zfill(width)`: zeros go after a leading sign. `Err` means the result is too large.
pub fn zfill(s: &str, width: i64) -> Result<String, String> {
    let margin = width.saturating_sub(len_i64(char_len(s)));
    if margin <= 0 {
        return Ok(s.to_owned());
    }
    match s.strip_prefix(['+', '-']) {
        Some(digits) => {
            let mut out = pad(digits, margin, 0, '0')?;
            out.insert_str(0, &s[..1]);
            Ok(out)
        }
        None => pad(s, margin, 0, '0'),
    }
}

// ---------------------------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------------------------

/// `s.upper()`: std applies the same full (SpecialCasing) mappings as CPython, e.g. ß -> SS.
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `s.lower()`: std applies the same full mappings and the same Final_Sigma rule as CPython.
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_cherokee(c) {
            // CaseFolding maps Cherokee to its uppercase letters, which predate the lowercase
            // ones (added in Unicode 8.0), so that folding stays stable across versions.
            out.extend(c.to_uppercase());
        } else if let Some(folded) = lookup(CASEFOLD_SPECIAL, c) {
            out.push_str(folded);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `s.swapcase()`: titlecase letters such as 'ǅ' are neither upper nor lower and stay put.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            push_lower(&mut out, s, i, c);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: a word starts at any character that follows an uncased one (so "they're" gives
/// "They'Re", as in CPython).
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: since 3.8 the first character is titlecased ('ǆ' -> 'ǅ'), the rest lowered.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, s, i, c);
        }
    }
    out
}

/// Lowercases the character at byte `at` of `s`, which needs the whole string for a capital
/// sigma: it becomes final 'ς' after a cased letter unless a cased letter follows.
fn push_lower(out: &mut String, s: &str, at: usize, c: char) {
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = s[..at].chars().rev().find(|&c| !is_case_ignorable(c));
    let after = s[at + 'Σ'.len_utf8()..]
        .chars()
        .find(|&c| !is_case_ignorable(c));
    let final_sigma = before.is_some_and(is_cased) && !after.is_some_and(is_cased);
    out.push(if final_sigma { 'ς' } else { 'σ' });
}

fn push_title(out: &mut String, c: char) {
    if let Some(titled) = lookup(TITLE_SPECIAL, c) {
        out.push_str(titled);
    } else if matches!(c, '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}') {
        // Georgian Mkhedruli got uppercase (Mtavruli) forms in Unicode 11, but its titlecase
        // stays the letter itself because Georgian does not capitalize words.
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn is_cherokee(c: char) -> bool {
    matches!(c, '\u{13A0}'..='\u{13F5}' | '\u{13F8}'..='\u{13FD}' | '\u{AB70}'..='\u{ABBF}')
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE_LETTERS, c)
}

/// The Unicode Cased property: Lowercase, Uppercase or Lt.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The Unicode Case_Ignorable property (marks, format characters, modifiers, apostrophes...).
///
/// std keeps its table private, but `str::to_lowercase` applies the same Final_Sigma rule as
/// CPython, and that rule skips exactly the Case_Ignorable characters. A sigma after "A" + c is
/// final iff c is ignorable or cased; after "1" + c iff c is cased and not ignorable. Only
/// capital sigmas in `title`/`capitalize`/`swapcase` ever ask, so the probes are rare.
fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    let final_after = |lead: char| {
        let probe: String = [lead, c, 'Σ'].iter().collect();
        probe.to_lowercase().ends_with('ς')
    };
    final_after('A') && !final_after('1')
}

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

/// `str.isspace` for one character: White_Space plus the ASCII separators U+001C..U+001F, which
/// CPython counts because their bidi class is B or S.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}')
}

/// The line boundaries of `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{1C}'..='\u{1E}')
        || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.isprintable` for one character: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
/// Zs other than the space.
///
/// std's Debug escaping rejects exactly that set (its `printable` table is generated with the
/// same rule), so we ask it rather than embed several hundred ranges of assigned code points.
/// `str::escape_debug` only escapes grapheme extenders at the start of a string, hence the
/// leading space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' '..='~');
    }
    let mut buf = [b' '; 5];
    let n = c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..=n]).is_ok_and(|probe| probe.escape_debug().count() == 2)
}

/// The value of a decimal digit (General_Category Nd, any script), as `int()` accepts them.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = u32::from(c);
    let zero = match DECIMAL_ZEROS.binary_search(&cp) {
        Ok(i) => DECIMAL_ZEROS[i],
        Err(0) => return None,
        Err(i) => DECIMAL_ZEROS[i - 1],
    };
    let value = cp - zero;
    (value < 10).then_some(value)
}

pub fn is_decimal_char(c: char) -> bool {
    decimal_value(c).is_some()
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || (!c.is_ascii() && in_ranges(DIGIT_EXTRA, c))
}

fn is_numeric_char(c: char) -> bool {
    c.is_numeric() || (!c.is_ascii() && in_list(NUMERIC_EXTRA, u32::from(c)))
}

/// General_Category L*. std's Alphabetic also covers Nl, the vowel signs and other marks of
/// Other_Alphabetic and a few letter-like symbols, none of which CPython calls alphabetic.
fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic()
        && !c.is_numeric()
        && !in_ranges(MARKS, c)
        && !in_ranges(ALPHABETIC_SYMBOLS, c)
}

pub fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}

/// XID_Start, the property CPython requires of an identifier's first character (besides '_').
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let cp = u32::from(c);
    let letter_or_nl = is_alpha_char(c) || (c.is_alphabetic() && c.is_numeric());
    (letter_or_nl || in_list(XID_START_EXTRA, cp)) && !in_list(XID_START_EXCLUDED, cp)
}

/// XID_Continue, the property CPython requires of an identifier's later characters.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let cp = u32::from(c);
    let base = is_xid_start(c) || in_ranges(MARKS, c) || is_decimal_char(c);
    (base || in_list(XID_CONTINUE_EXTRA, cp)) && !in_list(XID_CONTINUE_EXCLUDED, cp)
}

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdecimal()`: every character is in category Nd.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}

/// `s.isdigit()`: Nd plus the other Numeric_Type=Digit characters such as '²' and '①'.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}

/// `s.isnumeric()`: any Numeric_Type, including '½', 'Ⅻ' and ideographs such as '五'.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}

/// `s.isalpha()`: every character is a letter (category L*).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}

/// `s.isalnum()`: every character is a letter or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum_char)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isascii()`: true for the empty string.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()`: true for the empty string, unlike the other predicates.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`: keywords count; the VM checks those separately.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || is_xid_start(first))
        && chars.all(is_xid_continue)
}

/// `s.islower()`: at least one cased character and no uppercase or titlecase ones.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.isupper()`: at least one cased character and no lowercase or titlecase ones.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.istitle()`: upper/titlecase only after uncased characters, lowercase only after cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------------------------
// repr and ascii
// ---------------------------------------------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, value: u32, digits: u32) {
    for shift in (0..digits).rev() {
        out.push(char::from(HEX[((value >> (shift * 4)) & 0xF) as usize]));
    }
}

/// Python's escape for a code point: \xhh, \uhhhh or \Uhhhhhhhh, the shortest that fits.
fn push_code_escape(out: &mut String, c: char) {
    let cp = u32::from(c);
    if cp <= 0xFF {
        out.push_str("\\x");
        push_hex(out, cp, 2);
    } else if cp <= 0xFFFF {
        out.push_str("\\u");
        push_hex(out, cp, 4);
    } else {
        out.push_str("\\U");
        push_hex(out, cp, 8);
    }
}

fn quoted(s: &str, ascii_only: bool) -> String {
    // CPython prefers single quotes and switches only when that avoids escaping.
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if !ascii_only && !c.is_ascii() && is_printable(c) => out.push(c),
            _ => push_code_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`: printable non-ASCII characters ('é', '日本') are kept as they are.
pub fn repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)`: `repr(s)` with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    quoted(s, true)
}

// ---------------------------------------------------------------------------------------------
// bytes
// ---------------------------------------------------------------------------------------------

/// `repr(b)` for a bytes object: b'...' with the same quote choice as `str`, \t \n \r escapes
/// and \xhh for everything outside printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote => {
                out.push('\\');
                out.push(char::from(byte));
            }
            b' '..=b'~' => out.push(char::from(byte)),
            _ => {
                out.push_str("\\x");
                push_hex(&mut out, u32::from(byte), 2);
            }
        }
    }
    out.push(char::from(quote));
    out
}

/// `b.hex()`: two lowercase hex digits per byte.
pub fn bytes_hex(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() * 2);
    for &byte in b {
        push_hex(&mut out, u32::from(byte), 2);
    }
    out
}

/// `b.hex(sep, bytes_per_sep)`: groups of `|bytes_per_sep|` bytes, counted from the right when
/// positive and from the left when negative. `Err` carries the ValueError message.
pub fn bytes_hex_sep(b: &[u8], sep: char, bytes_per_sep: i64) -> Result<String, String> {
    if !sep.is_ascii() {
        return Err("sep must be ASCII.".to_owned());
    }
    let group = usize::try_from(bytes_per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    if group == 0 || b.is_empty() {
        return Ok(bytes_hex(b));
    }
    // Counting from the right is counting from the left with a short first group.
    let first = match b.len() % group {
        short @ 1.. if bytes_per_sep > 0 => short,
        _ => group,
    };
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &byte) in b.iter().enumerate() {
        if i >= first && (i - first) % group == 0 {
            out.push(sep);
        }
        push_hex(&mut out, u32::from(byte), 2);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0.0)
// ---------------------------------------------------------------------------------------------

/// Membership in a sorted table of inclusive ranges. Ranges may span code points that were
/// unassigned in Unicode 14.0, which CPython 3.11 does not classify anyway.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = u32::from(c);
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn in_list(table: &[u32], cp: u32) -> bool {
    table.binary_search(&cp).is_ok()
}

fn lookup(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// The zero of every run of ten Nd digits; Unicode guarantees Nd comes in contiguous 0..=9 runs.
#[rustfmt::skip]
static DECIMAL_ZEROS: &[u32] = &[
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Numeric_Type=Digit outside Nd, such as superscripts and circled digits.
#[rustfmt::skip]
static DIGIT_EXTRA: &[(u32, u32)] = &[
    (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490),
    (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788),
    (0x278A, 0x2792), (0x10A40, 0x10A43), (0x10E60, 0x10E68), (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Ideographs with a Unihan numeric value, which std's `is_numeric` (N* only) misses.
#[rustfmt::skip]
static NUMERIC_EXTRA: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
    0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
    0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
    0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973,
    0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983,
    0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

/// General_Category M* (Mn, Mc, Me).
#[rustfmt::skip]
static MARKS: &[(u32, u32)] = &[
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x05BF, 0x05BF), (0x05C1, 0x05C2),
    (0x05C4, 0x05C5), (0x05C7, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670),
    (0x06D6, 0x06DC), (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0711, 0x0711),
    (0x0730, 0x074A), (0x07A6, 0x07B0), (0x07EB, 0x07F3), (0x07FD, 0x07FD), (0x0816, 0x0819),
    (0x081B, 0x0823), (0x0825, 0x0827), (0x0829, 0x082D), (0x0859, 0x085B), (0x0898, 0x089F),
    (0x08CA, 0x08E1), (0x08E3, 0x0903), (0x093A, 0x093C), (0x093E, 0x094F), (0x0951, 0x0957),
    (0x0962, 0x0963), (0x0981, 0x0983), (0x09BC, 0x09BC), (0x09BE, 0x09CD), (0x09D7, 0x09D7),
    (0x09E2, 0x09E3), (0x09FE, 0x0A03), (0x0A3C, 0x0A51), (0x0A70, 0x0A71), (0x0A75, 0x0A75),
    (0x0A81, 0x0A83), (0x0ABC, 0x0ABC), (0x0ABE, 0x0ACD), (0x0AE2, 0x0AE3), (0x0AFA, 0x0B03),
    (0x0B3C, 0x0B3C), (0x0B3E, 0x0B57), (0x0B62, 0x0B63), (0x0B82, 0x0B82), (0x0BBE, 0x0BCD),
    (0x0BD7, 0x0BD7), (0x0C00, 0x0C04), (0x0C3C, 0x0C3C), (0x0C3E, 0x0C56), (0x0C62, 0x0C63),
    (0x0C81, 0x0C83), (0x0CBC, 0x0CBC), (0x0CBE, 0x0CD6), (0x0CE2, 0x0CE3), (0x0D00, 0x0D03),
    (0x0D3B, 0x0D3C), (0x0D3E, 0x0D4D), (0x0D57, 0x0D57), (0x0D62, 0x0D63), (0x0D81, 0x0D83),
    (0x0DCA, 0x0DDF), (0x0DF2, 0x0DF3), (0x0E31, 0x0E31), (0x0E34, 0x0E3A), (0x0E47, 0x0E4E),
    (0x0EB1, 0x0EB1), (0x0EB4, 0x0EBC), (0x0EC8, 0x0ECD), (0x0F18, 0x0F19), (0x0F35, 0x0F35),
    (0x0F37, 0x0F37), (0x0F39, 0x0F39), (0x0F3E, 0x0F3F), (0x0F71, 0x0F84), (0x0F86, 0x0F87),
    (0x0F8D, 0x0FBC), (0x0FC6, 0x0FC6), (0x102B, 0x103E), (0x1056, 0x1059), (0x105E, 0x1060),
    (0x1062, 0x1064), (0x1067, 0x106D), (0x1071, 0x1074), (0x1082, 0x108D), (0x108F, 0x108F),
    (0x109A, 0x109D), (0x135D, 0x135F), (0x1712, 0x1715), (0x1732, 0x1734), (0x1752, 0x1753),
    (0x1772, 0x1773), (0x17B4, 0x17D3), (0x17DD, 0x17DD), (0x180B, 0x180D), (0x180F, 0x180F),
    (0x1885, 0x1886), (0x18A9, 0x18A9), (0x1920, 0x193B), (0x1A17, 0x1A1B), (0x1A55, 0x1A7F),
    (0x1AB0, 0x1B04), (0x1B34, 0x1B44), (0x1B6B, 0x1B73), (0x1B80, 0x1B82), (0x1BA1, 0x1BAD),
    (0x1BE6, 0x1BF3), (0x1C24, 0x1C37), (0x1CD0, 0x1CD2), (0x1CD4, 0x1CE8), (0x1CED, 0x1CED),
    (0x1CF4, 0x1CF4), (0x1CF7, 0x1CF9), (0x1DC0, 0x1DFF), (0x20D0, 0x20F0), (0x2CEF, 0x2CF1),
    (0x2D7F, 0x2D7F), (0x2DE0, 0x2DFF), (0x302A, 0x302F), (0x3099, 0x309A), (0xA66F, 0xA672),
    (0xA674, 0xA67D), (0xA69E, 0xA69F), (0xA6F0, 0xA6F1), (0xA802, 0xA802), (0xA806, 0xA806),
    (0xA80B, 0xA80B), (0xA823, 0xA827), (0xA82C, 0xA82C), (0xA880, 0xA881), (0xA8B4, 0xA8C5),
    (0xA8E0, 0xA8F1), (0xA8FF, 0xA8FF), (0xA926, 0xA92D), (0xA947, 0xA953), (0xA980, 0xA983),
    (0xA9B3, 0xA9C0), (0xA9E5, 0xA9E5), (0xAA29, 0xAA36), (0xAA43, 0xAA43), (0xAA4C, 0xAA4D),
    (0xAA7B, 0xAA7D), (0xAAB0, 0xAAB0), (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF),
    (0xAAC1, 0xAAC1), (0xAAEB, 0xAAEF), (0xAAF5, 0xAAF6), (0xABE3, 0xABEA), (0xABEC, 0xABED),
    (0xFB1E, 0xFB1E), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F), (0x101FD, 0x101FD), (0x102E0, 0x102E0),
    (0x10376, 0x1037A), (0x10A01, 0x10A0F), (0x10A38, 0x10A3F), (0x10AE5, 0x10AE6),
    (0x10D24, 0x10D27), (0x10EAB, 0x10EAC), (0x10F46, 0x10F50), (0x10F82, 0x10F85),
    (0x11000, 0x11002), (0x11038, 0x11046), (0x11070, 0x11070), (0x11073, 0x11074),
    (0x1107F, 0x11082), (0x110B0, 0x110BA), (0x110C2, 0x110C2), (0x11100, 0x11102),
    (0x11127, 0x11134), (0x11145, 0x11146), (0x11173, 0x11173), (0x11180, 0x11182),
    (0x111B3, 0x111C0), (0x111C9, 0x111CC), (0x111CE, 0x111CF), (0x1122C, 0x11237),
    (0x1123E, 0x1123E), (0x112DF, 0x112EA), (0x11300, 0x11303), (0x1133B, 0x1133C),
    (0x1133E, 0x1134D), (0x11357, 0x11357), (0x11362, 0x11374), (0x11435, 0x11446),
    (0x1145E, 0x1145E), (0x114B0, 0x114C3), (0x115AF, 0x115C0), (0x115DC, 0x115DD),
    (0x11630, 0x11640), (0x116AB, 0x116B7), (0x1171D, 0x1172B), (0x1182C, 0x1183A),
    (0x11930, 0x1193E), (0x11940, 0x11940), (0x11942, 0x11943), (0x119D1, 0x119E0),
    (0x119E4, 0x119E4), (0x11A01, 0x11A0A), (0x11A33, 0x11A39), (0x11A3B, 0x11A3E),
    (0x11A47, 0x11A47), (0x11A51, 0x11A5B), (0x11A8A, 0x11A99), (0x11C2F, 0x11C3F),
    (0x11C92, 0x11CB6), (0x11D31, 0x11D45), (0x11D47, 0x11D47), (0x11D8A, 0x11D97),
    (0x11EF3, 0x11EF6), (0x16AF0, 0x16AF4), (0x16B30, 0x16B36), (0x16F4F, 0x16F4F),
    (0x16F51, 0x16F92), (0x16FE4, 0x16FF1), (0x1BC9D, 0x1BC9E), (0x1CF00, 0x1CF46),
    (0x1D165, 0x1D169), (0x1D16D, 0x1D172), (0x1D17B, 0x1D182), (0x1D185, 0x1D18B),
    (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244), (0x1DA00, 0x1DA36), (0x1DA3B, 0x1DA6C),
    (0x1DA75, 0x1DA75), (0x1DA84, 0x1DA84), (0x1DA9B, 0x1DAAF), (0x1E000, 0x1E02A),
    (0x1E130, 0x1E136), (0x1E2AE, 0x1E2AE), (0x1E2EC, 0x1E2EF), (0x1E8D0, 0x1E8D6),
    (0x1E944, 0x1E94A), (0xE0100, 0xE01EF),
];

/// So characters with Other_Alphabetic (circled and squared Latin letters).
#[rustfmt::skip]
static ALPHABETIC_SYMBOLS: &[(u32, u32)] = &[
    (0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189),
];

/// General_Category Lt.
#[rustfmt::skip]
static TITLECASE_LETTERS: &[(u32, u32)] = &[
    (0x01C5, 0x01C5), (0x01C8, 0x01C8), (0x01CB, 0x01CB), (0x01F2, 0x01F2), (0x1F88, 0x1F8F),
    (0x1F98, 0x1F9F), (0x1FA8, 0x1FAF), (0x1FBC, 0x1FBC), (0x1FCC, 0x1FCC), (0x1FFC, 0x1FFC),
];

/// Characters whose full titlecase mapping differs from their full uppercase mapping.
#[rustfmt::skip]
static TITLE_SPECIAL: &[(char, &str)] = &[
    ('\u{df}', "Ss"), ('\u{1c4}', "\u{1c5}"), ('\u{1c5}', "\u{1c5}"), ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"), ('\u{1c8}', "\u{1c8}"), ('\u{1c9}', "\u{1c8}"), ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"), ('\u{1cc}', "\u{1cb}"), ('\u{1f1}', "\u{1f2}"), ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"), ('\u{587}', "\u{535}\u{582}"), ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"), ('\u{1f82}', "\u{1f8a}"), ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"), ('\u{1f85}', "\u{1f8d}"), ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"), ('\u{1f88}', "\u{1f88}"), ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"), ('\u{1f8b}', "\u{1f8b}"), ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"), ('\u{1f8e}', "\u{1f8e}"), ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"), ('\u{1f91}', "\u{1f99}"), ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"), ('\u{1f94}', "\u{1f9c}"), ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"), ('\u{1f97}', "\u{1f9f}"), ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"), ('\u{1f9a}', "\u{1f9a}"), ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"), ('\u{1f9d}', "\u{1f9d}"), ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"), ('\u{1fa0}', "\u{1fa8}"), ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"), ('\u{1fa3}', "\u{1fab}"), ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"), ('\u{1fa6}', "\u{1fae}"), ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"), ('\u{1fa9}', "\u{1fa9}"), ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"), ('\u{1fac}', "\u{1fac}"), ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"), ('\u{1faf}', "\u{1faf}"), ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"), ('\u{1fb4}', "\u{386}\u{345}"), ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"), ('\u{1fc2}', "\u{1fca}\u{345}"), ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"), ('\u{1fc7}', "\u{397}\u{342}\u{345}"), ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"), ('\u{1ff3}', "\u{1ffc}"), ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"), ('\u{1ffc}', "\u{1ffc}"), ('\u{fb00}', "Ff"),
    ('\u{fb01}', "Fi"), ('\u{fb02}', "Fl"), ('\u{fb03}', "Ffi"), ('\u{fb04}', "Ffl"),
    ('\u{fb05}', "St"), ('\u{fb06}', "St"), ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"), ('\u{fb15}', "\u{544}\u{56b}"), ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];

/// Characters whose full case folding differs from their full lowercase mapping.
#[rustfmt::skip]
static CASEFOLD_SPECIAL: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"), ('\u{df}', "ss"), ('\u{149}', "\u{2bc}n"), ('\u{17f}', "s"),
    ('\u{1f0}', "j\u{30c}"), ('\u{345}', "\u{3b9}"), ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"), ('\u{3c2}', "\u{3c3}"), ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"), ('\u{3d5}', "\u{3c6}"), ('\u{3d6}', "\u{3c0}"), ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"), ('\u{3f5}', "\u{3b5}"), ('\u{587}', "\u{565}\u{582}"),
    ('\u{1c80}', "\u{432}"), ('\u{1c81}', "\u{434}"), ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"), ('\u{1c84}', "\u{442}"), ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"), ('\u{1c87}', "\u{463}"), ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "h\u{331}"), ('\u{1e97}', "t\u{308}"), ('\u{1e98}', "w\u{30a}"),
    ('\u{1e99}', "y\u{30a}"), ('\u{1e9a}', "a\u{2be}"), ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "ss"), ('\u{1f50}', "\u{3c5}\u{313}"), ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"), ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"), ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"), ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"), ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"), ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"), ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"), ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"), ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"), ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"), ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"), ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"), ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"), ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"), ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"), ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"), ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"), ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"), ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"), ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"), ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"), ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"), ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"), ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"), ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"), ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"), ('\u{1fb3}', "\u{3b1}\u{3b9}"), ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"), ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"), ('\u{1fbe}', "\u{3b9}"), ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"), ('\u{1fc4}', "\u{3ae}\u{3b9}"), ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"), ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"), ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"), ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"), ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"), ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"), ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"), ('\u{1ff4}', "\u{3ce}\u{3b9}"), ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"), ('\u{1ffc}', "\u{3c9}\u{3b9}"), ('\u{fb00}', "ff"),
    ('\u{fb01}', "fi"), ('\u{fb02}', "fl"), ('\u{fb03}', "ffi"), ('\u{fb04}', "ffl"),
    ('\u{fb05}', "st"), ('\u{fb06}', "st"), ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"), ('\u{fb15}', "\u{574}\u{56b}"), ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

/// XID_Start characters that are neither letters nor Nl (Other_ID_Start).
#[rustfmt::skip]
static XID_START_EXTRA: &[u32] = &[
    0x1885, 0x1886, 0x2118, 0x212E,
];

/// Letters that NFKC normalization changes, so XID_Start leaves them out.
#[rustfmt::skip]
static XID_START_EXCLUDED: &[u32] = &[
    0x037A, 0x0E33, 0x0EB3, 0x2E2F, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
    0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F,
];

/// XID_Continue characters that are not XID_Start, marks or Nd (Pc, Other_ID_Continue).
#[rustfmt::skip]
static XID_CONTINUE_EXTRA: &[u32] = &[
    0x005F, 0x00B7, 0x0387, 0x0E33, 0x0EB3, 0x1369, 0x136A, 0x136B, 0x136C, 0x136D, 0x136E, 0x136F,
    0x1370, 0x1371, 0x19DA, 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D, 0xFE4E, 0xFE4F, 0xFF3F,
    0xFF9E, 0xFF9F,
];

/// Marks that XID_Continue leaves out (the enclosing marks, Me).
#[rustfmt::skip]
static XID_CONTINUE_EXCLUDED: &[u32] = &[
    0x0488, 0x0489, 0x1ABE, 0x20DD, 0x20DE, 0x20DF, 0x20E0, 0x20E2, 0x20E3, 0x20E4, 0xA670, 0xA671,
    0xA672,
];

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below come from CPython 3.11.7, printed by a generator script; strings use
    // \u{..} escapes for anything that would be invisible or ambiguous in source.

    /// (s, sep, maxsplit, s.split(sep, maxsplit), s.rsplit(sep, maxsplit))
    type SplitCase = (
        &'static str,
        Option<&'static str>,
        i64,
        &'static [&'static str],
        &'static [&'static str],
    );
    #[rustfmt::skip]
    static SPLIT: &[SplitCase] = &[
        ("", None, -1, &[], &[]), ("", None, 0, &[], &[]), ("", None, 1, &[], &[]),
        ("", None, 2, &[], &[]), ("", None, -7, &[], &[]), ("", Some("a"), -1, &[""], &[""]),
        (" ", None, -1, &[], &[]), (" ", None, 0, &[], &[]), (" ", None, 1, &[], &[]),
        (" ", None, 2, &[], &[]), (" ", None, -7, &[], &[]),
        (" ", Some(" "), -1, &["", ""], &["", ""]), (" ", Some(" "), 0, &[" "], &[" "]),
        (" ", Some(" "), 1, &["", ""], &["", ""]), (" ", Some(" "), 2, &["", ""], &["", ""]),
        (" ", Some(" "), -7, &["", ""], &["", ""]), (" ", Some("é"), -1, &[" "], &[" "]),
        ("a", None, -1, &["a"], &["a"]), ("a", None, 0, &["a"], &["a"]),
        ("a", None, 1, &["a"], &["a"]), ("a", None, 2, &["a"], &["a"]),
        ("a", None, -7, &["a"], &["a"]), ("a", Some("a"), -1, &["", ""], &["", ""]),
        ("a", Some("a"), 0, &["a"], &["a"]), ("a", Some("a"), 1, &["", ""], &["", ""]),
        ("a", Some("a"), 2, &["", ""], &["", ""]), ("a", Some("a"), -7, &["", ""], &["", ""]),
        ("a", Some("é"), -1, &["a"], &["a"]),
        ("a b c", None, -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", None, 0, &["a b c"], &["a b c"]),
        ("a b c", None, 1, &["a", "b c"], &["a b", "c"]),
        ("a b c", None, 2, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", None, -7, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", Some(" "), -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", Some(" "), 0, &["a b c"], &["a b c"]),
        ("a b c", Some(" "), 1, &["a", "b c"], &["a b", "c"]),
        ("a b c", Some(" "), 2, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", Some(" "), -7, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", Some("a"), -1, &["", " b c"], &["", " b c"]),
        ("a b c", Some("a"), 0, &["a b c"], &["a b c"]),
        ("a b c", Some("a"), 1, &["", " b c"], &["", " b c"]),
        ("a b c", Some("a"), 2, &["", " b c"], &["", " b c"]),
        ("a b c", Some("a"), -7, &["", " b c"], &["", " b c"]),
        ("a b c", Some(","), -1, &["a b c"], &["a b c"]),
        ("  hello   world  ", None, -1, &["hello", "world"], &["hello", "world"]),
        ("  hello   world  ", None, 0, &["hello   world  "], &["  hello   world"]),
        ("  hello   world  ", None, 1, &["hello", "world  "], &["  hello", "world"]),
        ("  hello   world  ", None, 2, &["hello", "world"], &["hello", "world"]),
        ("  hello   world  ", None, -7, &["hello", "world"], &["hello", "world"]),
        ("  hello   world  ", Some(" "), -1, &["", "", "hello", "", "", "world", "", ""], &["", "", "hello", "", "", "world", "", ""]),
        ("  hello   world  ", Some(" "), 0, &["  hello   world  "], &["  hello   world  "]),
        ("  hello   world  ", Some(" "), 1, &["", " hello   world  "], &["  hello   world ", ""]),
        ("  hello   world  ", Some(" "), 2, &["", "", "hello   world  "], &["  hello   world", "", ""]),
        ("  hello   world  ", Some(" "), -7, &["", "", "hello", "", "", "world", "", ""], &["", "", "hello", "", "", "world", "", ""]),
        ("  hello   world  ", Some("ΣΑ"), -1, &["  hello   world  "], &["  hello   world  "]),
        ("a,b,,c,", None, -1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, 1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, 2, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, -7, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some(","), -1, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
        ("a,b,,c,", Some(","), 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some(","), 1, &["a", "b,,c,"], &["a,b,,c", ""]),
        ("a,b,,c,", Some(","), 2, &["a", "b", ",c,"], &["a,b,", "c", ""]),
        ("a,b,,c,", Some(","), -7, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
        ("a,b,,c,", Some("a"), -1, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("a"), 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("a"), 1, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("a"), 2, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("a"), -7, &["", ",b,,c,"], &["", ",b,,c,"]),
        (",", None, -1, &[","], &[","]), (",", None, 0, &[","], &[","]),
        (",", None, 1, &[","], &[","]), (",", None, 2, &[","], &[","]),
        (",", None, -7, &[","], &[","]), (",", Some(","), -1, &["", ""], &["", ""]),
        (",", Some(","), 0, &[","], &[","]), (",", Some(","), 1, &["", ""], &["", ""]),
        (",", Some(","), 2, &["", ""], &["", ""]), (",", Some(","), -7, &["", ""], &["", ""]),
        (",", Some("aa"), -1, &[","], &[","]), (",,", None, -1, &[",,"], &[",,"]),
        (",,", None, 0, &[",,"], &[",,"]), (",,", None, 1, &[",,"], &[",,"]),
        (",,", None, 2, &[",,"], &[",,"]), (",,", None, -7, &[",,"], &[",,"]),
        (",,", Some(","), -1, &["", "", ""], &["", "", ""]), (",,", Some(","), 0, &[",,"], &[",,"]),
        (",,", Some(","), 1, &["", ","], &[",", ""]),
        (",,", Some(","), 2, &["", "", ""], &["", "", ""]),
        (",,", Some(","), -7, &["", "", ""], &["", "", ""]),
        (",,", Some(" "), -1, &[",,"], &[",,"]), (",a,", None, -1, &[",a,"], &[",a,"]),
        (",a,", None, 0, &[",a,"], &[",a,"]), (",a,", None, 1, &[",a,"], &[",a,"]),
        (",a,", None, 2, &[",a,"], &[",a,"]), (",a,", None, -7, &[",a,"], &[",a,"]),
        (",a,", Some(","), -1, &["", "a", ""], &["", "a", ""]),
        (",a,", Some(","), 0, &[",a,"], &[",a,"]), (",a,", Some(","), 1, &["", "a,"], &[",a", ""]),
        (",a,", Some(","), 2, &["", "a", ""], &["", "a", ""]),
        (",a,", Some(","), -7, &["", "a", ""], &["", "a", ""]),
        (",a,", Some("a"), -1, &[",", ","], &[",", ","]), (",a,", Some("a"), 0, &[",a,"], &[",a,"]),
        (",a,", Some("a"), 1, &[",", ","], &[",", ","]),
        (",a,", Some("a"), 2, &[",", ","], &[",", ","]),
        (",a,", Some("a"), -7, &[",", ","], &[",", ","]),
        (",a,", Some("ab"), -1, &[",a,"], &[",a,"]), ("aaa", None, -1, &["aaa"], &["aaa"]),
        ("aaa", None, 0, &["aaa"], &["aaa"]), ("aaa", None, 1, &["aaa"], &["aaa"]),
        ("aaa", None, 2, &["aaa"], &["aaa"]), ("aaa", None, -7, &["aaa"], &["aaa"]),
        ("aaa", Some("a"), -1, &["", "", "", ""], &["", "", "", ""]),
        ("aaa", Some("a"), 0, &["aaa"], &["aaa"]), ("aaa", Some("a"), 1, &["", "aa"], &["aa", ""]),
        ("aaa", Some("a"), 2, &["", "", "a"], &["a", "", ""]),
        ("aaa", Some("a"), -7, &["", "", "", ""], &["", "", "", ""]),
        ("aaa", Some("aa"), -1, &["", "a"], &["a", ""]), ("aaa", Some("aa"), 0, &["aaa"], &["aaa"]),
        ("aaa", Some("aa"), 1, &["", "a"], &["a", ""]),
        ("aaa", Some("aa"), 2, &["", "a"], &["a", ""]),
        ("aaa", Some("aa"), -7, &["", "a"], &["a", ""]), ("aaaa", None, -1, &["aaaa"], &["aaaa"]),
        ("aaaa", None, 0, &["aaaa"], &["aaaa"]), ("aaaa", None, 1, &["aaaa"], &["aaaa"]),
        ("aaaa", None, 2, &["aaaa"], &["aaaa"]), ("aaaa", None, -7, &["aaaa"], &["aaaa"]),
        ("aaaa", Some("a"), -1, &["", "", "", "", ""], &["", "", "", "", ""]),
        ("aaaa", Some("a"), 0, &["aaaa"], &["aaaa"]),
        ("aaaa", Some("a"), 1, &["", "aaa"], &["aaa", ""]),
        ("aaaa", Some("a"), 2, &["", "", "aa"], &["aa", "", ""]),
        ("aaaa", Some("a"), -7, &["", "", "", "", ""], &["", "", "", "", ""]),
        ("aaaa", Some("aa"), -1, &["", "", ""], &["", "", ""]),
        ("aaaa", Some("aa"), 0, &["aaaa"], &["aaaa"]),
        ("aaaa", Some("aa"), 1, &["", "aa"], &["aa", ""]),
        ("aaaa", Some("aa"), 2, &["", "", ""], &["", "", ""]),
        ("aaaa", Some("aa"), -7, &["", "", ""], &["", "", ""]),
        ("aaaa", Some("xyz"), -1, &["aaaa"], &["aaaa"]), ("abab", None, -1, &["abab"], &["abab"]),
        ("abab", None, 0, &["abab"], &["abab"]), ("abab", None, 1, &["abab"], &["abab"]),
        ("abab", None, 2, &["abab"], &["abab"]), ("abab", None, -7, &["abab"], &["abab"]),
        ("abab", Some("a"), -1, &["", "b", "b"], &["", "b", "b"]),
        ("abab", Some("a"), 0, &["abab"], &["abab"]),
        ("abab", Some("a"), 1, &["", "bab"], &["ab", "b"]),
        ("abab", Some("a"), 2, &["", "b", "b"], &["", "b", "b"]),
        ("abab", Some("a"), -7, &["", "b", "b"], &["", "b", "b"]),
        ("abab", Some("ab"), -1, &["", "", ""], &["", "", ""]),
        ("abab", Some("ab"), 0, &["abab"], &["abab"]),
        ("abab", Some("ab"), 1, &["", "ab"], &["ab", ""]),
        ("abab", Some("ab"), 2, &["", "", ""], &["", "", ""]),
        ("abab", Some("ab"), -7, &["", "", ""], &["", "", ""]),
        ("abab", Some("<>"), -1, &["abab"], &["abab"]),
        ("mississippi", None, -1, &["mississippi"], &["mississippi"]),
        ("mississippi", None, 0, &["mississippi"], &["mississippi"]),
        ("mississippi", None, 1, &["mississippi"], &["mississippi"]),
        ("mississippi", None, 2, &["mississippi"], &["mississippi"]),
        ("mississippi", None, -7, &["mississippi"], &["mississippi"]),
        ("mississippi", Some("ss"), -1, &["mi", "i", "ippi"], &["mi", "i", "ippi"]),
        ("mississippi", Some("ss"), 0, &["mississippi"], &["mississippi"]),
        ("mississippi", Some("ss"), 1, &["mi", "issippi"], &["missi", "ippi"]),
        ("mississippi", Some("ss"), 2, &["mi", "i", "ippi"], &["mi", "i", "ippi"]),
        ("mississippi", Some("ss"), -7, &["mi", "i", "ippi"], &["mi", "i", "ippi"]),
        ("mississippi", Some("<>"), -1, &["mississippi"], &["mississippi"]),
        ("héllo wörld", None, -1, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", None, 0, &["héllo wörld"], &["héllo wörld"]),
        ("héllo wörld", None, 1, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", None, 2, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", None, -7, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", Some(" "), -1, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", Some(" "), 0, &["héllo wörld"], &["héllo wörld"]),
        ("héllo wörld", Some(" "), 1, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", Some(" "), 2, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", Some(" "), -7, &["héllo", "wörld"], &["héllo", "wörld"]),
        ("héllo wörld", Some("é"), -1, &["h", "llo wörld"], &["h", "llo wörld"]),
        ("héllo wörld", Some("é"), 0, &["héllo wörld"], &["héllo wörld"]),
        ("héllo wörld", Some("é"), 1, &["h", "llo wörld"], &["h", "llo wörld"]),
        ("héllo wörld", Some("é"), 2, &["h", "llo wörld"], &["h", "llo wörld"]),
        ("héllo wörld", Some("é"), -7, &["h", "llo wörld"], &["h", "llo wörld"]),
        ("héllo wörld", Some(","), -1, &["héllo wörld"], &["héllo wörld"]),
        ("日本 語\u{3000}テキスト", None, -1, &["日本", "語", "テキスト"], &["日本", "語", "テキスト"]),
        ("日本 語\u{3000}テキスト", None, 0, &["日本 語\u{3000}テキスト"], &["日本 語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", None, 1, &["日本", "語\u{3000}テキスト"], &["日本 語", "テキスト"]),
        ("日本 語\u{3000}テキスト", None, 2, &["日本", "語", "テキスト"], &["日本", "語", "テキスト"]),
        ("日本 語\u{3000}テキスト", None, -7, &["日本", "語", "テキスト"], &["日本", "語", "テキスト"]),
        ("日本 語\u{3000}テキスト", Some(" "), -1, &["日本", "語\u{3000}テキスト"], &["日本", "語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", Some(" "), 0, &["日本 語\u{3000}テキスト"], &["日本 語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", Some(" "), 1, &["日本", "語\u{3000}テキスト"], &["日本", "語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", Some(" "), 2, &["日本", "語\u{3000}テキスト"], &["日本", "語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", Some(" "), -7, &["日本", "語\u{3000}テキスト"], &["日本", "語\u{3000}テキスト"]),
        ("日本 語\u{3000}テキスト", Some("<>"), -1, &["日本 語\u{3000}テキスト"], &["日本 語\u{3000}テキスト"]),
        ("ΣΑΣ ΣΑΣ", None, -1, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", None, 0, &["ΣΑΣ ΣΑΣ"], &["ΣΑΣ ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", None, 1, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", None, 2, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", None, -7, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some(" "), -1, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some(" "), 0, &["ΣΑΣ ΣΑΣ"], &["ΣΑΣ ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some(" "), 1, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some(" "), 2, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some(" "), -7, &["ΣΑΣ", "ΣΑΣ"], &["ΣΑΣ", "ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some("ΣΑ"), -1, &["", "Σ ", "Σ"], &["", "Σ ", "Σ"]),
        ("ΣΑΣ ΣΑΣ", Some("ΣΑ"), 0, &["ΣΑΣ ΣΑΣ"], &["ΣΑΣ ΣΑΣ"]),
        ("ΣΑΣ ΣΑΣ", Some("ΣΑ"), 1, &["", "Σ ΣΑΣ"], &["ΣΑΣ ", "Σ"]),
        ("ΣΑΣ ΣΑΣ", Some("ΣΑ"), 2, &["", "Σ ", "Σ"], &["", "Σ ", "Σ"]),
        ("ΣΑΣ ΣΑΣ", Some("ΣΑ"), -7, &["", "Σ ", "Σ"], &["", "Σ ", "Σ"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", None, -1, &["x", "y", "z", "w", "v", "u"], &["x", "y", "z", "w", "v", "u"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", None, 0, &["x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", None, 1, &["x", "y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v", "u"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", None, 2, &["x", "y", "z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w", "v", "u"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", None, -7, &["x", "y", "z", "w", "v", "u"], &["x", "y", "z", "w", "v", "u"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some(" "), -1, &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some(" "), 0, &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some(" "), 1, &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some(" "), 2, &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some(" "), -7, &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r", "x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some("\n"), -1, &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some("\n"), 0, &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some("\n"), 1, &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some("\n"), 2, &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("\t\n\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}", Some("\n"), -7, &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"], &["\t", "\u{b}\u{c}\r x\u{1c}\u{1d}\u{1e}\u{1f}y\u{85}z\u{a0}w\u{2000}v\u{2028}u\u{3000}"]),
        ("x\u{200b}y", None, -1, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("x\u{200b}y", None, 0, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("x\u{200b}y", None, 1, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("x\u{200b}y", None, 2, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("x\u{200b}y", None, -7, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("x\u{200b}y", Some("ss"), -1, &["x\u{200b}y"], &["x\u{200b}y"]),
        ("a\u{180e}b", None, -1, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", None, 0, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", None, 1, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", None, 2, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", None, -7, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", Some("a"), -1, &["", "\u{180e}b"], &["", "\u{180e}b"]),
        ("a\u{180e}b", Some("a"), 0, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("a\u{180e}b", Some("a"), 1, &["", "\u{180e}b"], &["", "\u{180e}b"]),
        ("a\u{180e}b", Some("a"), 2, &["", "\u{180e}b"], &["", "\u{180e}b"]),
        ("a\u{180e}b", Some("a"), -7, &["", "\u{180e}b"], &["", "\u{180e}b"]),
        ("a\u{180e}b", Some("ss"), -1, &["a\u{180e}b"], &["a\u{180e}b"]),
        ("1<>2<>3", None, -1, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", None, 0, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", None, 1, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", None, 2, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", None, -7, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", Some("<>"), -1, &["1", "2", "3"], &["1", "2", "3"]),
        ("1<>2<>3", Some("<>"), 0, &["1<>2<>3"], &["1<>2<>3"]),
        ("1<>2<>3", Some("<>"), 1, &["1", "2<>3"], &["1<>2", "3"]),
        ("1<>2<>3", Some("<>"), 2, &["1", "2", "3"], &["1", "2", "3"]),
        ("1<>2<>3", Some("<>"), -7, &["1", "2", "3"], &["1", "2", "3"]),
        ("1<>2<>3", Some("ΣΑ"), -1, &["1<>2<>3"], &["1<>2<>3"]),
        ("éaéaé", None, -1, &["éaéaé"], &["éaéaé"]), ("éaéaé", None, 0, &["éaéaé"], &["éaéaé"]),
        ("éaéaé", None, 1, &["éaéaé"], &["éaéaé"]), ("éaéaé", None, 2, &["éaéaé"], &["éaéaé"]),
        ("éaéaé", None, -7, &["éaéaé"], &["éaéaé"]),
        ("éaéaé", Some("a"), -1, &["é", "é", "é"], &["é", "é", "é"]),
        ("éaéaé", Some("a"), 0, &["éaéaé"], &["éaéaé"]),
        ("éaéaé", Some("a"), 1, &["é", "éaé"], &["éaé", "é"]),
        ("éaéaé", Some("a"), 2, &["é", "é", "é"], &["é", "é", "é"]),
        ("éaéaé", Some("a"), -7, &["é", "é", "é"], &["é", "é", "é"]),
        ("éaéaé", Some("é"), -1, &["", "a", "a", ""], &["", "a", "a", ""]),
        ("éaéaé", Some("é"), 0, &["éaéaé"], &["éaéaé"]),
        ("éaéaé", Some("é"), 1, &["", "aéaé"], &["éaéa", ""]),
        ("éaéaé", Some("é"), 2, &["", "a", "aé"], &["éa", "a", ""]),
        ("éaéaé", Some("é"), -7, &["", "a", "a", ""], &["", "a", "a", ""]),
        ("éaéaé", Some("\n"), -1, &["éaéaé"], &["éaéaé"]),
        ("one\ntwo\n", None, -1, &["one", "two"], &["one", "two"]),
        ("one\ntwo\n", None, 0, &["one\ntwo\n"], &["one\ntwo"]),
        ("one\ntwo\n", None, 1, &["one", "two\n"], &["one", "two"]),
        ("one\ntwo\n", None, 2, &["one", "two"], &["one", "two"]),
        ("one\ntwo\n", None, -7, &["one", "two"], &["one", "two"]),
        ("one\ntwo\n", Some("\n"), -1, &["one", "two", ""], &["one", "two", ""]),
        ("one\ntwo\n", Some("\n"), 0, &["one\ntwo\n"], &["one\ntwo\n"]),
        ("one\ntwo\n", Some("\n"), 1, &["one", "two\n"], &["one\ntwo", ""]),
        ("one\ntwo\n", Some("\n"), 2, &["one", "two", ""], &["one", "two", ""]),
        ("one\ntwo\n", Some("\n"), -7, &["one", "two", ""], &["one", "two", ""]),
        ("one\ntwo\n", Some("xyz"), -1, &["one\ntwo\n"], &["one\ntwo\n"]),
        ("ab\u{1680}cd ", None, -1, &["ab", "cd"], &["ab", "cd"]),
        ("ab\u{1680}cd ", None, 0, &["ab\u{1680}cd "], &["ab\u{1680}cd"]),
        ("ab\u{1680}cd ", None, 1, &["ab", "cd "], &["ab", "cd"]),
        ("ab\u{1680}cd ", None, 2, &["ab", "cd"], &["ab", "cd"]),
        ("ab\u{1680}cd ", None, -7, &["ab", "cd"], &["ab", "cd"]),
        ("ab\u{1680}cd ", Some(" "), -1, &["ab\u{1680}cd", ""], &["ab\u{1680}cd", ""]),
        ("ab\u{1680}cd ", Some(" "), 0, &["ab\u{1680}cd "], &["ab\u{1680}cd "]),
        ("ab\u{1680}cd ", Some(" "), 1, &["ab\u{1680}cd", ""], &["ab\u{1680}cd", ""]),
        ("ab\u{1680}cd ", Some(" "), 2, &["ab\u{1680}cd", ""], &["ab\u{1680}cd", ""]),
        ("ab\u{1680}cd ", Some(" "), -7, &["ab\u{1680}cd", ""], &["ab\u{1680}cd", ""]),
        ("ab\u{1680}cd ", Some("a"), -1, &["", "b\u{1680}cd "], &["", "b\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("a"), 0, &["ab\u{1680}cd "], &["ab\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("a"), 1, &["", "b\u{1680}cd "], &["", "b\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("a"), 2, &["", "b\u{1680}cd "], &["", "b\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("a"), -7, &["", "b\u{1680}cd "], &["", "b\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ab"), -1, &["", "\u{1680}cd "], &["", "\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ab"), 0, &["ab\u{1680}cd "], &["ab\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ab"), 1, &["", "\u{1680}cd "], &["", "\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ab"), 2, &["", "\u{1680}cd "], &["", "\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ab"), -7, &["", "\u{1680}cd "], &["", "\u{1680}cd "]),
        ("ab\u{1680}cd ", Some("ΣΑ"), -1, &["ab\u{1680}cd "], &["ab\u{1680}cd "]),
    ];

    /// (s, s.splitlines(), s.splitlines(True))
    type SplitlinesCase = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );
    #[rustfmt::skip]
    static SPLITLINES: &[SplitlinesCase] = &[
        ("", &[], &[]), ("\n", &[""], &["\n"]), ("a", &["a"], &["a"]), ("a\n", &["a"], &["a\n"]),
        ("\na", &["", "a"], &["\n", "a"]),
        ("a\r\nb\rc\nd", &["a", "b", "c", "d"], &["a\r\n", "b\r", "c\n", "d"]),
        ("line1\nline2\n", &["line1", "line2"], &["line1\n", "line2\n"]),
        ("\r\n\r\n", &["", ""], &["\r\n", "\r\n"]),
        ("\r\r\n\n", &["", "", ""], &["\r", "\r\n", "\n"]),
        ("a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i", &["a", "b", "c", "d", "e", "f", "g", "h", "i"], &["a\u{b}", "b\u{c}", "c\u{1c}", "d\u{1d}", "e\u{1e}", "f\u{85}", "g\u{2028}", "h\u{2029}", "i"]),
        ("a\u{1f}b", &["a\u{1f}b"], &["a\u{1f}b"]), ("x\u{85}", &["x"], &["x\u{85}"]),
        ("é\n日本\r\n", &["é", "日本"], &["é\n", "日本\r\n"]),
        ("\n\n\n", &["", "", ""], &["\n", "\n", "\n"]),
        ("no break here", &["no break here"], &["no break here"]),
        ("trailing\r", &["trailing"], &["trailing\r"]), ("a\u{2028}", &["a"], &["a\u{2028}"]),
    ];

    /// (s, chars, s.strip(chars), s.lstrip(chars), s.rstrip(chars))
    type StripCase = (
        &'static str,
        Option<&'static str>,
        &'static str,
        &'static str,
        &'static str,
    );
    #[rustfmt::skip]
    static STRIP: &[StripCase] = &[
        ("", None, "", "", ""), ("", Some(""), "", "", ""), ("   ", None, "", "", ""),
        ("   ", Some(""), "   ", "   ", "   "), ("   ", Some(" "), "", "", ""),
        ("  a b  ", None, "a b", "a b  ", "  a b"),
        ("  a b  ", Some(""), "  a b  ", "  a b  ", "  a b  "),
        ("  a b  ", Some(" "), "a b", "a b  ", "  a b"),
        ("  a b  ", Some("ab"), "  a b  ", "  a b  ", "  a b  "),
        ("  a b  ", Some("a"), "  a b  ", "  a b  ", "  a b  "),
        ("\t\n\u{1c} x \u{1f}\u{85}", None, "x", "x \u{1f}\u{85}", "\t\n\u{1c} x"),
        ("\t\n\u{1c} x \u{1f}\u{85}", Some(""), "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}"),
        ("\t\n\u{1c} x \u{1f}\u{85}", Some(" "), "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}"),
        ("\t\n\u{1c} x \u{1f}\u{85}", Some("xé"), "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}", "\t\n\u{1c} x \u{1f}\u{85}"),
        ("\u{3000}日本\u{3000}", None, "日本", "日本\u{3000}", "\u{3000}日本"),
        ("\u{3000}日本\u{3000}", Some(""), "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}"),
        ("\u{3000}日本\u{3000}", Some("ab"), "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}"),
        ("\u{3000}日本\u{3000}", Some("xé"), "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}", "\u{3000}日本\u{3000}"),
        ("xxaxx", None, "xxaxx", "xxaxx", "xxaxx"), ("xxaxx", Some(""), "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some(" "), "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some("ab"), "xxaxx", "xxaxx", "xxaxx"), ("xxaxx", Some("xé"), "a", "axx", "xxa"),
        ("xxaxx", Some("a"), "xxaxx", "xxaxx", "xxaxx"), ("abcba", None, "abcba", "abcba", "abcba"),
        ("abcba", Some(""), "abcba", "abcba", "abcba"), ("abcba", Some("ab"), "c", "cba", "abc"),
        ("abcba", Some("a"), "bcb", "bcba", "abcb"), ("éaé", None, "éaé", "éaé", "éaé"),
        ("éaé", Some(""), "éaé", "éaé", "éaé"), ("éaé", Some(" "), "éaé", "éaé", "éaé"),
        ("éaé", Some("ab"), "éaé", "éaé", "éaé"), ("éaé", Some("xé"), "a", "aé", "éa"),
        ("éaé", Some("a"), "éaé", "éaé", "éaé"), (",.a,b.,", None, ",.a,b.,", ",.a,b.,", ",.a,b.,"),
        (",.a,b.,", Some(""), ",.a,b.,", ",.a,b.,", ",.a,b.,"),
        (",.a,b.,", Some("ab"), ",.a,b.,", ",.a,b.,", ",.a,b.,"),
        (",.a,b.,", Some(",."), "a,b", "a,b.,", ",.a,b"),
        (",.a,b.,", Some("a"), ",.a,b.,", ",.a,b.,", ",.a,b.,"), ("aaa", None, "aaa", "aaa", "aaa"),
        ("aaa", Some(""), "aaa", "aaa", "aaa"), ("aaa", Some("ab"), "", "", ""),
        ("aaa", Some("a"), "", "", ""),
        ("\u{a0}\u{2000}z\u{202f}", None, "z", "z\u{202f}", "\u{a0}\u{2000}z"),
        ("\u{a0}\u{2000}z\u{202f}", Some(""), "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}"),
        ("\u{a0}\u{2000}z\u{202f}", Some("ab"), "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}"),
        ("\u{a0}\u{2000}z\u{202f}", Some(",."), "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}", "\u{a0}\u{2000}z\u{202f}"),
        ("ab\u{200b}", None, "ab\u{200b}", "ab\u{200b}", "ab\u{200b}"),
        ("ab\u{200b}", Some(""), "ab\u{200b}", "ab\u{200b}", "ab\u{200b}"),
        ("ab\u{200b}", Some("ab"), "\u{200b}", "\u{200b}", "ab\u{200b}"),
        ("ab\u{200b}", Some("a"), "b\u{200b}", "b\u{200b}", "ab\u{200b}"),
        ("ab\u{200b}", Some("\u{200b}"), "ab", "ab\u{200b}", "ab"),
    ];

    /// (s, old, new, count, s.replace(old, new, count))
    type ReplaceCase = (&'static str, &'static str, &'static str, i64, &'static str);
    #[rustfmt::skip]
    static REPLACE: &[ReplaceCase] = &[
        ("", "", "x", -1, "x"), ("", "", "x", 0, ""), ("", "", "x", 1, "x"), ("", "", "x", 2, "x"),
        ("", "", "x", 3, "x"), ("", "", "x", 100, "x"), ("", "", "x", -2, "x"),
        ("", "a", "b", -1, ""), ("", "a", "b", 0, ""), ("", "a", "b", 1, ""), ("", "a", "b", 2, ""),
        ("", "a", "b", 3, ""), ("", "a", "b", 100, ""), ("", "a", "b", -2, ""),
        ("abc", "", "-", -1, "-a-b-c-"), ("abc", "", "-", 0, "abc"), ("abc", "", "-", 1, "-abc"),
        ("abc", "", "-", 2, "-a-bc"), ("abc", "", "-", 3, "-a-b-c"),
        ("abc", "", "-", 100, "-a-b-c-"), ("abc", "", "-", -2, "-a-b-c-"),
        ("abc", "", "", -1, "abc"), ("abc", "", "", 0, "abc"), ("abc", "", "", 1, "abc"),
        ("abc", "", "", 2, "abc"), ("abc", "", "", 3, "abc"), ("abc", "", "", 100, "abc"),
        ("abc", "", "", -2, "abc"), ("aaa", "a", "b", -1, "bbb"), ("aaa", "a", "b", 0, "aaa"),
        ("aaa", "a", "b", 1, "baa"), ("aaa", "a", "b", 2, "bba"), ("aaa", "a", "b", 3, "bbb"),
        ("aaa", "a", "b", 100, "bbb"), ("aaa", "a", "b", -2, "bbb"), ("aaa", "aa", "b", -1, "ba"),
        ("aaa", "aa", "b", 0, "aaa"), ("aaa", "aa", "b", 1, "ba"), ("aaa", "aa", "b", 2, "ba"),
        ("aaa", "aa", "b", 3, "ba"), ("aaa", "aa", "b", 100, "ba"), ("aaa", "aa", "b", -2, "ba"),
        ("aaaa", "aa", "a", -1, "aa"), ("aaaa", "aa", "a", 0, "aaaa"),
        ("aaaa", "aa", "a", 1, "aaa"), ("aaaa", "aa", "a", 2, "aa"), ("aaaa", "aa", "a", 3, "aa"),
        ("aaaa", "aa", "a", 100, "aa"), ("aaaa", "aa", "a", -2, "aa"),
        ("abcabc", "bc", "XYZ", -1, "aXYZaXYZ"), ("abcabc", "bc", "XYZ", 0, "abcabc"),
        ("abcabc", "bc", "XYZ", 1, "aXYZabc"), ("abcabc", "bc", "XYZ", 2, "aXYZaXYZ"),
        ("abcabc", "bc", "XYZ", 3, "aXYZaXYZ"), ("abcabc", "bc", "XYZ", 100, "aXYZaXYZ"),
        ("abcabc", "bc", "XYZ", -2, "aXYZaXYZ"), ("abcabc", "abcabcd", "x", -1, "abcabc"),
        ("abcabc", "abcabcd", "x", 0, "abcabc"), ("abcabc", "abcabcd", "x", 1, "abcabc"),
        ("abcabc", "abcabcd", "x", 2, "abcabc"), ("abcabc", "abcabcd", "x", 3, "abcabc"),
        ("abcabc", "abcabcd", "x", 100, "abcabc"), ("abcabc", "abcabcd", "x", -2, "abcabc"),
        ("héllo", "l", "L", -1, "héLLo"), ("héllo", "l", "L", 0, "héllo"),
        ("héllo", "l", "L", 1, "héLlo"), ("héllo", "l", "L", 2, "héLLo"),
        ("héllo", "l", "L", 3, "héLLo"), ("héllo", "l", "L", 100, "héLLo"),
        ("héllo", "l", "L", -2, "héLLo"), ("héllo", "", "·", -1, "·h·é·l·l·o·"),
        ("héllo", "", "·", 0, "héllo"), ("héllo", "", "·", 1, "·héllo"),
        ("héllo", "", "·", 2, "·h·éllo"), ("héllo", "", "·", 3, "·h·é·llo"),
        ("héllo", "", "·", 100, "·h·é·l·l·o·"), ("héllo", "", "·", -2, "·h·é·l·l·o·"),
        ("日本日本", "本", "ほん", -1, "日ほん日ほん"), ("日本日本", "本", "ほん", 0, "日本日本"),
        ("日本日本", "本", "ほん", 1, "日ほん日本"), ("日本日本", "本", "ほん", 2, "日ほん日ほん"),
        ("日本日本", "本", "ほん", 3, "日ほん日ほん"), ("日本日本", "本", "ほん", 100, "日ほん日ほん"),
        ("日本日本", "本", "ほん", -2, "日ほん日ほん"), ("ΣΑΣ", "Σ", "", -1, "Α"), ("ΣΑΣ", "Σ", "", 0, "ΣΑΣ"),
        ("ΣΑΣ", "Σ", "", 1, "ΑΣ"), ("ΣΑΣ", "Σ", "", 2, "Α"), ("ΣΑΣ", "Σ", "", 3, "Α"),
        ("ΣΑΣ", "Σ", "", 100, "Α"), ("ΣΑΣ", "Σ", "", -2, "Α"), ("a.b.c", ".", "..", -1, "a..b..c"),
        ("a.b.c", ".", "..", 0, "a.b.c"), ("a.b.c", ".", "..", 1, "a..b.c"),
        ("a.b.c", ".", "..", 2, "a..b..c"), ("a.b.c", ".", "..", 3, "a..b..c"),
        ("a.b.c", ".", "..", 100, "a..b..c"), ("a.b.c", ".", "..", -2, "a..b..c"),
        ("same", "same", "same", -1, "same"), ("same", "same", "same", 0, "same"),
        ("same", "same", "same", 1, "same"), ("same", "same", "same", 2, "same"),
        ("same", "same", "same", 3, "same"), ("same", "same", "same", 100, "same"),
        ("same", "same", "same", -2, "same"), ("xyz", "q", "r", -1, "xyz"),
        ("xyz", "q", "r", 0, "xyz"), ("xyz", "q", "r", 1, "xyz"), ("xyz", "q", "r", 2, "xyz"),
        ("xyz", "q", "r", 3, "xyz"), ("xyz", "q", "r", 100, "xyz"), ("xyz", "q", "r", -2, "xyz"),
        ("mississippi", "ss", "s", -1, "misisippi"), ("mississippi", "ss", "s", 0, "mississippi"),
        ("mississippi", "ss", "s", 1, "misissippi"), ("mississippi", "ss", "s", 2, "misisippi"),
        ("mississippi", "ss", "s", 3, "misisippi"), ("mississippi", "ss", "s", 100, "misisippi"),
        ("mississippi", "ss", "s", -2, "misisippi"), ("", "", "", -1, ""), ("", "", "", 0, ""),
        ("", "", "", 1, ""), ("", "", "", 2, ""), ("", "", "", 3, ""), ("", "", "", 100, ""),
        ("", "", "", -2, ""), ("é", "", "é", -1, "ééé"), ("é", "", "é", 0, "é"),
        ("é", "", "é", 1, "éé"), ("é", "", "é", 2, "ééé"), ("é", "", "é", 3, "ééé"),
        ("é", "", "é", 100, "ééé"), ("é", "", "é", -2, "ééé"),
    ];

    /// (s, sub, start, end, find, rfind, count, startswith, endswith)
    type FindCase = (
        &'static str,
        &'static str,
        Option<i64>,
        Option<i64>,
        i64,
        i64,
        i64,
        bool,
        bool,
    );
    #[rustfmt::skip]
    static FIND: &[FindCase] = &[
        ("", "", Some(-1), Some(100), 0, 0, 1, true, true),
        ("", "", Some(-1), None, 0, 0, 1, true, true),
        ("", "", Some(-2), Some(-1), 0, 0, 1, true, true),
        ("", "", Some(-2), Some(6), 0, 0, 1, true, true),
        ("", "", Some(0), Some(6), 0, 0, 1, true, true),
        ("", "", Some(0), None, 0, 0, 1, true, true),
        ("", "", Some(1), None, -1, -1, 0, false, false),
        ("", "", Some(100), Some(-4), -1, -1, 0, false, false),
        ("", "", Some(100), Some(3), -1, -1, 0, false, false),
        ("", "", Some(100), None, -1, -1, 0, false, false),
        ("", "", Some(3), Some(-2), -1, -1, 0, false, false),
        ("", "", Some(5), Some(0), -1, -1, 0, false, false),
        ("", "", None, Some(0), 0, 0, 1, true, true), ("", "", None, None, 0, 0, 1, true, true),
        ("", "a", Some(-1), Some(-2), -1, -1, 0, false, false),
        ("", "a", Some(-1), None, -1, -1, 0, false, false),
        ("", "a", Some(-100), Some(-1), -1, -1, 0, false, false),
        ("", "a", Some(-100), Some(0), -1, -1, 0, false, false),
        ("", "a", Some(-100), Some(2), -1, -1, 0, false, false),
        ("", "a", Some(-2), Some(-2), -1, -1, 0, false, false),
        ("", "a", Some(-4), Some(6), -1, -1, 0, false, false),
        ("", "a", Some(0), Some(6), -1, -1, 0, false, false),
        ("", "a", Some(0), None, -1, -1, 0, false, false),
        ("", "a", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "a", Some(1), None, -1, -1, 0, false, false),
        ("", "a", Some(2), Some(0), -1, -1, 0, false, false),
        ("", "a", None, Some(0), -1, -1, 0, false, false),
        ("", "a", None, None, -1, -1, 0, false, false),
        ("abc", "", Some(-1), Some(3), 2, 3, 2, true, true),
        ("abc", "", Some(-100), Some(3), 0, 3, 4, true, true),
        ("abc", "", Some(-2), Some(-1), 1, 2, 2, true, true),
        ("abc", "", Some(-2), Some(-2), 1, 1, 1, true, true),
        ("abc", "", Some(-4), None, 0, 3, 4, true, true),
        ("abc", "", Some(1), Some(1), 1, 1, 1, true, true),
        ("abc", "", Some(2), Some(6), 2, 3, 2, true, true),
        ("abc", "", Some(3), None, 3, 3, 1, true, true),
        ("abc", "", Some(4), None, -1, -1, 0, false, false),
        ("abc", "", Some(5), Some(5), -1, -1, 0, false, false),
        ("abc", "", Some(5), Some(6), -1, -1, 0, false, false),
        ("abc", "", Some(6), Some(3), -1, -1, 0, false, false),
        ("abc", "", None, Some(0), 0, 0, 1, true, true),
        ("abc", "", None, None, 0, 3, 4, true, true),
        ("abcabc", "bc", Some(-2), Some(-2), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(-2), Some(100), 4, 4, 1, true, true),
        ("abcabc", "bc", Some(-4), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(-7), None, 1, 4, 2, false, true),
        ("abcabc", "bc", Some(0), Some(5), 1, 1, 1, false, false),
        ("abcabc", "bc", Some(1), None, 1, 4, 2, true, true),
        ("abcabc", "bc", Some(3), Some(-2), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(3), None, 4, 4, 1, false, true),
        ("abcabc", "bc", Some(5), Some(1), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(6), Some(-2), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(6), None, -1, -1, 0, false, false),
        ("abcabc", "bc", Some(7), None, -1, -1, 0, false, false),
        ("abcabc", "bc", None, Some(0), -1, -1, 0, false, false),
        ("abcabc", "bc", None, None, 1, 4, 2, false, true),
        ("abcabc", "abc", Some(-100), Some(3), 0, 0, 1, true, true),
        ("abcabc", "abc", Some(-2), Some(6), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-4), Some(6), 3, 3, 1, false, true),
        ("abcabc", "abc", Some(-7), None, 0, 3, 2, true, true),
        ("abcabc", "abc", Some(1), Some(-100), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(1), Some(6), 3, 3, 1, false, true),
        ("abcabc", "abc", Some(100), Some(-4), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(100), Some(5), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(5), Some(-100), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(5), Some(6), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(6), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(7), None, -1, -1, 0, false, false),
        ("abcabc", "abc", None, Some(0), -1, -1, 0, false, false),
        ("abcabc", "abc", None, None, 0, 3, 2, true, true),
        ("aaaa", "aa", Some(-2), Some(2), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-4), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-4), Some(3), 0, 1, 1, true, true),
        ("aaaa", "aa", Some(-5), None, 0, 2, 2, true, true),
        ("aaaa", "aa", Some(1), Some(-4), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(1), Some(0), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(1), Some(5), 1, 2, 1, true, true),
        ("aaaa", "aa", Some(100), Some(-2), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(4), None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(5), None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(6), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "aa", None, Some(0), -1, -1, 0, false, false),
        ("aaaa", "aa", None, None, 0, 2, 2, true, true),
        ("héllo héllo", "é", Some(-1), Some(-2), -1, -1, 0, false, false),
        ("héllo héllo", "é", Some(-12), None, 1, 7, 2, false, false),
        ("héllo héllo", "é", Some(-4), Some(100), 7, 7, 1, true, false),
        ("héllo héllo", "é", Some(-4), None, 7, 7, 1, true, false),
        ("héllo héllo", "é", Some(1), Some(2), 1, 1, 1, true, true),
        ("héllo héllo", "é", Some(11), None, -1, -1, 0, false, false),
        ("héllo héllo", "é", Some(12), None, -1, -1, 0, false, false),
        ("héllo héllo", "é", Some(2), Some(100), 7, 7, 1, false, false),
        ("héllo héllo", "é", Some(3), Some(100), 7, 7, 1, false, false),
        ("héllo héllo", "é", Some(6), Some(-100), -1, -1, 0, false, false),
        ("héllo héllo", "é", Some(6), Some(-2), 7, 7, 1, false, false),
        ("héllo héllo", "é", Some(6), None, 7, 7, 1, false, false),
        ("héllo héllo", "é", None, Some(0), -1, -1, 0, false, false),
        ("héllo héllo", "é", None, None, 1, 7, 2, false, false),
        ("héllo héllo", "llo", Some(-1), None, -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(-100), Some(-100), -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(-100), Some(0), -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(-100), Some(100), 2, 8, 2, false, true),
        ("héllo héllo", "llo", Some(-12), None, 2, 8, 2, false, true),
        ("héllo héllo", "llo", Some(-2), None, -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(-4), Some(-1), -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(-4), Some(-4), -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(11), None, -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(12), None, -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(3), Some(-1), -1, -1, 0, false, false),
        ("héllo héllo", "llo", Some(5), Some(0), -1, -1, 0, false, false),
        ("héllo héllo", "llo", None, Some(0), -1, -1, 0, false, false),
        ("héllo héllo", "llo", None, None, 2, 8, 2, false, true),
        ("日本語日本", "日本", Some(-1), None, -1, -1, 0, false, false),
        ("日本語日本", "日本", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("日本語日本", "日本", Some(-4), Some(100), 3, 3, 1, false, true),
        ("日本語日本", "日本", Some(-6), None, 0, 3, 2, true, true),
        ("日本語日本", "日本", Some(0), Some(2), 0, 0, 1, true, true),
        ("日本語日本", "日本", Some(1), Some(6), 3, 3, 1, false, true),
        ("日本語日本", "日本", Some(100), Some(3), -1, -1, 0, false, false),
        ("日本語日本", "日本", Some(2), Some(-100), -1, -1, 0, false, false),
        ("日本語日本", "日本", Some(3), Some(5), 3, 3, 1, true, true),
        ("日本語日本", "日本", Some(5), None, -1, -1, 0, false, false),
        ("日本語日本", "日本", Some(6), None, -1, -1, 0, false, false),
        ("日本語日本", "日本", None, Some(0), -1, -1, 0, false, false),
        ("日本語日本", "日本", None, Some(3), 0, 0, 1, true, false),
        ("日本語日本", "日本", None, None, 0, 3, 2, true, true),
        ("xΣyΣ", "Σ", Some(-1), Some(3), -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(-5), None, 1, 3, 2, false, true),
        ("xΣyΣ", "Σ", Some(0), Some(-1), 1, 1, 1, false, false),
        ("xΣyΣ", "Σ", Some(0), Some(2), 1, 1, 1, false, true),
        ("xΣyΣ", "Σ", Some(100), Some(6), -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(2), None, 3, 3, 1, false, true),
        ("xΣyΣ", "Σ", Some(3), Some(100), 3, 3, 1, true, true),
        ("xΣyΣ", "Σ", Some(4), None, -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(5), None, -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(6), Some(100), -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(6), Some(6), -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", Some(6), None, -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", None, Some(0), -1, -1, 0, false, false),
        ("xΣyΣ", "Σ", None, None, 1, 3, 2, false, true),
        ("abc", "abcd", Some(-1), Some(-4), -1, -1, 0, false, false),
        ("abc", "abcd", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "abcd", Some(-4), Some(100), -1, -1, 0, false, false),
        ("abc", "abcd", Some(-4), None, -1, -1, 0, false, false),
        ("abc", "abcd", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "abcd", Some(100), Some(-100), -1, -1, 0, false, false),
        ("abc", "abcd", Some(100), Some(-4), -1, -1, 0, false, false),
        ("abc", "abcd", Some(100), Some(100), -1, -1, 0, false, false),
        ("abc", "abcd", Some(2), Some(100), -1, -1, 0, false, false),
        ("abc", "abcd", Some(3), None, -1, -1, 0, false, false),
        ("abc", "abcd", Some(4), None, -1, -1, 0, false, false),
        ("abc", "abcd", Some(5), Some(6), -1, -1, 0, false, false),
        ("abc", "abcd", None, Some(0), -1, -1, 0, false, false),
        ("abc", "abcd", None, None, -1, -1, 0, false, false),
        ("abc", "c", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "c", Some(-100), Some(2), -1, -1, 0, false, false),
        ("abc", "c", Some(-4), Some(6), 2, 2, 1, false, true),
        ("abc", "c", Some(-4), None, 2, 2, 1, false, true),
        ("abc", "c", Some(0), Some(-100), -1, -1, 0, false, false),
        ("abc", "c", Some(1), Some(6), 2, 2, 1, false, true),
        ("abc", "c", Some(100), Some(100), -1, -1, 0, false, false),
        ("abc", "c", Some(100), Some(5), -1, -1, 0, false, false),
        ("abc", "c", Some(2), Some(-100), -1, -1, 0, false, false),
        ("abc", "c", Some(3), None, -1, -1, 0, false, false),
        ("abc", "c", Some(4), None, -1, -1, 0, false, false),
        ("abc", "c", None, Some(0), -1, -1, 0, false, false),
        ("abc", "c", None, Some(1), -1, -1, 0, false, false),
        ("abc", "c", None, None, 2, 2, 1, false, true),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(-100), Some(0), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(-4), Some(-4), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(-4), Some(0), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(-4), None, 1, 3, 2, false, true),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(-5), None, 1, 3, 2, false, true),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(100), Some(-100), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(100), Some(-2), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(2), None, 3, 3, 1, false, true),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(3), Some(100), 3, 3, 1, true, true),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(4), None, -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", Some(5), None, -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", None, Some(-1), 1, 1, 1, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", None, Some(0), -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", None, None, 1, 3, 2, false, true),
        ("mississippi", "issi", Some(-1), Some(2), -1, -1, 0, false, false),
        ("mississippi", "issi", Some(-1), Some(5), -1, -1, 0, false, false),
        ("mississippi", "issi", Some(-100), Some(1), -1, -1, 0, false, false),
        ("mississippi", "issi", Some(-12), None, 1, 4, 1, false, false),
        ("mississippi", "issi", Some(0), Some(-4), 1, 1, 1, false, false),
        ("mississippi", "issi", Some(11), None, -1, -1, 0, false, false),
        ("mississippi", "issi", Some(12), None, -1, -1, 0, false, false),
        ("mississippi", "issi", Some(2), Some(100), 4, 4, 1, false, false),
        ("mississippi", "issi", Some(5), Some(-100), -1, -1, 0, false, false),
        ("mississippi", "issi", Some(6), Some(-1), -1, -1, 0, false, false),
        ("mississippi", "issi", Some(6), Some(100), -1, -1, 0, false, false),
        ("mississippi", "issi", None, Some(-100), -1, -1, 0, false, false),
        ("mississippi", "issi", None, Some(0), -1, -1, 0, false, false),
        ("mississippi", "issi", None, None, 1, 4, 1, false, false),
    ];

    /// (s, upper, lower, casefold, swapcase, title, capitalize)
    type CaseCase = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );
    #[rustfmt::skip]
    static CASE: &[CaseCase] = &[
        ("", "", "", "", "", "", ""),
        ("hello world", "HELLO WORLD", "hello world", "hello world", "HELLO WORLD", "Hello World", "Hello world"),
        ("Hello World", "HELLO WORLD", "hello world", "hello world", "hELLO wORLD", "Hello World", "Hello world"),
        ("HELLO", "HELLO", "hello", "hello", "hello", "Hello", "Hello"),
        ("hELLO wORLD", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello World", "Hello world"),
        ("they're bill's friends", "THEY'RE BILL'S FRIENDS", "they're bill's friends", "they're bill's friends", "THEY'RE BILL'S FRIENDS", "They'Re Bill'S Friends", "They're bill's friends"),
        ("ß", "SS", "ß", "ss", "SS", "Ss", "Ss"),
        ("Straße", "STRASSE", "straße", "strasse", "sTRASSE", "Straße", "Straße"),
        ("ﬁne ﬂow ﬃ", "FINE FLOW FFI", "ﬁne ﬂow ﬃ", "fine flow ffi", "FINE FLOW FFI", "Fine Flow Ffi", "Fine ﬂow ﬃ"),
        ("ǆemal ǅ Ǆ ǉ", "ǄEMAL Ǆ Ǆ Ǉ", "ǆemal ǆ ǆ ǉ", "ǆemal ǆ ǆ ǉ", "ǄEMAL ǅ ǆ Ǉ", "ǅemal ǅ ǅ ǈ", "ǅemal ǆ ǆ ǉ"),
        ("İstanbul", "İSTANBUL", "i\u{307}stanbul", "i\u{307}stanbul", "i\u{307}STANBUL", "İstanbul", "İstanbul"),
        ("ǰ ŉ ΐ", "J\u{30c} ʼN Ι\u{308}\u{301}", "ǰ ŉ ΐ", "j\u{30c} ʼn ι\u{308}\u{301}", "J\u{30c} ʼN Ι\u{308}\u{301}", "J\u{30c} ʼN Ι\u{308}\u{301}", "J\u{30c} ŉ ΐ"),
        ("ᾳ ᾼ ᾀ ᾈ ῳ", "ΑΙ ΑΙ ἈΙ ἈΙ ΩΙ", "ᾳ ᾳ ᾀ ᾀ ῳ", "αι αι ἀι ἀι ωι", "ΑΙ ᾼ ἈΙ ᾈ ΩΙ", "ᾼ ᾼ ᾈ ᾈ ῼ", "ᾼ ᾳ ᾀ ᾀ ῳ"),
        ("ΣΑΣ ΣΑΣ", "ΣΑΣ ΣΑΣ", "σας σας", "σασ σασ", "σας σας", "Σας Σας", "Σας σας"),
        ("ὈΔΥΣΣΕΎΣ", "ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς", "ὀδυσσεύσ", "ὀδυσσεύς", "Ὀδυσσεύς", "Ὀδυσσεύς"),
        ("σς", "ΣΣ", "σς", "σσ", "ΣΣ", "Σς", "Σς"),
        ("ΑΣ.", "ΑΣ.", "ας.", "ασ.", "ας.", "Ας.", "Ας."),
        ("aΣ\u{301}", "AΣ\u{301}", "aς\u{301}", "aσ\u{301}", "Aς\u{301}", "Aς\u{301}", "Aς\u{301}"),
        ("x'Σ", "X'Σ", "x'ς", "x'σ", "X'ς", "X'Σ", "X'ς"), ("Σ", "Σ", "σ", "σ", "σ", "Σ", "Σ"),
        ("AΣ b", "AΣ B", "aς b", "aσ b", "aς B", "Aς B", "Aς b"),
        ("AΣb", "AΣB", "aσb", "aσb", "aσB", "Aσb", "Aσb"),
        ("A.Σ", "A.Σ", "a.ς", "a.σ", "a.ς", "A.Σ", "A.ς"),
        ("გამარჯობა", "ᲒᲐᲛᲐᲠᲯᲝᲑᲐ", "გამარჯობა", "გამარჯობა", "ᲒᲐᲛᲐᲠᲯᲝᲑᲐ", "გამარჯობა", "გამარჯობა"),
        ("Ꭰꭰᏸ", "ᎠᎠᏰ", "ꭰꭰᏸ", "ᎠᎠᏰ", "ꭰᎠᏰ", "Ꭰꭰᏸ", "Ꭰꭰᏸ"),
        ("µ ſ ϐ ẞ", "Μ S Β ẞ", "µ ſ ϐ ß", "μ s β ss", "Μ S Β ß", "Μ S Β ẞ", "Μ ſ ϐ ß"),
        ("ⓐⒶ", "ⒶⒶ", "ⓐⓐ", "ⓐⓐ", "Ⓐⓐ", "Ⓐⓐ", "Ⓐⓐ"),
        ("\u{10400}\u{10428}", "\u{10400}\u{10400}", "\u{10428}\u{10428}", "\u{10428}\u{10428}", "\u{10428}\u{10400}", "\u{10400}\u{10428}", "\u{10400}\u{10428}"),
        ("123abc", "123ABC", "123abc", "123abc", "123ABC", "123Abc", "123abc"),
        ("a1b2", "A1B2", "a1b2", "a1b2", "A1B2", "A1B2", "A1b2"),
        ("éCOLE", "ÉCOLE", "école", "école", "École", "École", "École"),
        ("ǅungla", "ǄUNGLA", "ǆungla", "ǆungla", "ǅUNGLA", "ǅungla", "ǅungla"),
        ("ǲ", "Ǳ", "ǳ", "ǳ", "ǲ", "ǲ", "ǲ"),
        ("ß ß", "SS SS", "ß ß", "ss ss", "SS SS", "Ss Ss", "Ss ß"),
        ("ŉx", "ʼNX", "ŉx", "ʼnx", "ʼNX", "ʼNx", "ʼNx"), ("ﬀ", "FF", "ﬀ", "ff", "FF", "Ff", "Ff"),
        ("ﬓ և", "ՄՆ ԵՒ", "ﬓ և", "մն եւ", "ՄՆ ԵՒ", "Մն Եւ", "Մն և"),
        ("ᾲ ᾷ ῂ", "ᾺΙ Α\u{342}Ι ῊΙ", "ᾲ ᾷ ῂ", "ὰι α\u{342}ι ὴι", "ᾺΙ Α\u{342}Ι ῊΙ", "Ὰ\u{345} Α\u{342}\u{345} Ὴ\u{345}", "Ὰ\u{345} ᾷ ῂ"),
        ("hello_world", "HELLO_WORLD", "hello_world", "hello_world", "HELLO_WORLD", "Hello_World", "Hello_world"),
        ("ΐΰ", "Ι\u{308}\u{301}Υ\u{308}\u{301}", "ΐΰ", "ι\u{308}\u{301}υ\u{308}\u{301}", "Ι\u{308}\u{301}Υ\u{308}\u{301}", "Ι\u{308}\u{301}ΰ", "Ι\u{308}\u{301}ΰ"),
        ("ΆΣΣ", "ΆΣΣ", "άσς", "άσσ", "άσς", "Άσς", "Άσς"),
        ("i\u{307}", "I\u{307}", "i\u{307}", "i\u{307}", "I\u{307}", "I\u{307}", "I\u{307}"),
        ("ı", "I", "ı", "ı", "I", "I", "I"), ("ꙋ", "Ꙋ", "ꙋ", "ꙋ", "Ꙋ", "Ꙋ", "Ꙋ"),
        ("Ⅻ ⅻ", "Ⅻ Ⅻ", "ⅻ ⅻ", "ⅻ ⅻ", "ⅻ Ⅻ", "Ⅻ Ⅻ", "Ⅻ ⅻ"),
        ("A\u{345}", "AΙ", "a\u{345}", "aι", "aΙ", "A\u{345}", "A\u{345}"),
        ("a\u{345}Σ", "AΙΣ", "a\u{345}ς", "aισ", "AΙς", "A\u{345}ς", "A\u{345}ς"),
        ("ǈ\u{308}a", "Ǉ\u{308}A", "ǉ\u{308}a", "ǉ\u{308}a", "ǈ\u{308}A", "ǈ\u{308}A", "ǈ\u{308}a"),
        ("İı", "İI", "i\u{307}ı", "i\u{307}ı", "i\u{307}I", "İı", "İı"),
        ("ѣ", "Ѣ", "ѣ", "ѣ", "Ѣ", "Ѣ", "Ѣ"), ("ʼn", "ʼN", "ʼn", "ʼn", "ʼN", "ʼN", "ʼn"),
    ];

    /// s, then 1/0 for: decimal digit numeric alpha alnum space upper lower title identifier printable ascii
    type PredicatesCase = (&'static str, &'static str);
    #[rustfmt::skip]
    static PREDICATES: &[PredicatesCase] = &[
        ("", "000000000011"), (" ", "000001000011"), ("a", "000110010111"), ("A", "000110101111"),
        ("Ab", "000110001111"), ("AB", "000110100111"), ("ab", "000110010111"),
        ("aB", "000110000111"), ("A B", "000000101011"), ("Ab Cd", "000000001011"),
        ("Ab cd", "000000000011"), ("AB Cd", "000000000011"), ("1", "111010000011"),
        ("123", "111010000011"), ("1a", "000010010011"), ("_", "000000000111"),
        ("_a1", "000000010111"), ("a-b", "000000010011"), ("1abc", "000010010011"),
        ("abc1", "000010010111"), ("class", "000110010111"), ("héllo", "000110010110"),
        ("ÉCOLE", "000110100110"), ("Éa", "000110001110"), ("ǅ", "000110001110"),
        ("ǅa", "000110001110"), ("aǅ", "000110000110"), ("ǈ ǋ", "000000001010"),
        ("٣٤٥", "111010000010"), ("०१२", "111010000010"), ("²", "011010000010"),
        ("³2", "011010000010"), ("①", "011010000010"), ("½", "001010000010"), ("Ⅻ", "001010101110"),
        ("ⅻ", "001010010110"), ("五", "001110000110"), ("十五", "001110000110"), ("〇", "001010000110"),
        ("零", "001110000110"), ("\u{1d7d8}\u{1d7d9}", "111010000010"), ("¹⁄₂", "000000000010"),
        ("᧚", "011010000010"), ("፩", "011010000010"), ("\t\n", "000001000001"),
        ("\u{1c}\u{1f}", "000001000001"), ("\u{85}", "000001000000"), ("\u{a0}", "000001000000"),
        ("\u{200b}", "000000000000"), ("\u{3000}", "000001000000"), ("\u{180e}", "000000000000"),
        ("a b", "000000010011"), ("\u{7f}", "000000000001"), ("~", "000000000011"),
        ("é\u{301}", "000000010110"), ("\u{301}", "000000000010"), ("\u{93e}", "000000000010"),
        ("नमस\u{94d}त\u{947}", "000000000110"), ("क", "000110000110"), ("Ⓐ", "000000101010"),
        ("ⓐ", "000000010010"), ("\u{1f170}", "000000101010"), ("ʰ", "000110010110"),
        ("ª", "000110010110"), ("ᾼ", "000110001110"), ("ᾳ", "000110010110"), ("ǃ", "000110000110"),
        ("·", "000000000010"), ("a·", "000000010110"), ("℘", "000000000110"), ("℮", "000000000110"),
        ("゛", "000000000010"), ("ﾞ", "000110000010"), ("aﾞ", "000110010110"), ("ℌ", "000110101110"),
        ("ͺ", "000110010010"), ("ำ", "000110000010"), ("aำ", "000110010110"), ("‿", "000000000010"),
        ("a‿", "000000010110"), ("a\u{20dd}", "000000010010"), ("a\u{488}", "000000010010"),
        ("ﹳ", "000110000110"), ("ﹰ", "000110000010"), ("ﷺ", "000110000010"),
        ("日本語", "000110000110"), ("ｱｲｳ", "000110000110"), ("\u{10400}", "000110101110"),
        ("\u{1f600}", "000000000010"), ("\u{e000}", "000000000000"), ("\u{f0000}", "000000000000"),
        ("\u{378}", "000000000000"), ("\u{feff}", "000000000000"), ("\u{ad}", "000000000000"),
        ("\u{2028}", "000001000000"), ("\0", "000000000001"), ("a\0", "000000010001"),
        ("\u{e0020}", "000000000000"), ("Σ", "000110101110"), ("ς", "000110010110"),
        ("ß", "000110010110"), ("ΣΑΣ", "000110100110"), ("Σας", "000110001110"),
        ("σΑ", "000110000110"), ("Ꭰ", "000110101110"), ("ꭰ", "000110010110"), ("Ა", "000110101110"),
        ("ა", "000110010110"), ("\u{1e900}", "000110101110"), ("\u{1e922}", "000110010110"),
        ("Hello, World!", "000000001011"), ("Hello World", "000000001011"),
        ("They're", "000000000011"), ("A1", "000010101111"), ("a1", "000010010111"),
        ("ǅungla", "000110001110"), ("ÀÉÎ", "000110100110"), ("ǉ", "000110010110"),
        ("ꭰb", "000110010110"), ("\u{1d7ce}", "111010000010"), ("\u{16a60}", "111010000010"),
        ("\u{1fbf0}", "111010000010"), ("Ⅰ", "001010101110"), ("ↀ", "001010000110"),
        ("〥", "001010000110"), ("\u{10107}", "001010000010"), ("\u{12400}", "001010000110"),
        ("ᛮ", "001010000110"), ("\u{10341}", "001010000110"), ("ǅǅ", "000110000110"),
        ("Aǅ", "000110000110"), ("ǅ ǅ", "000000001010"), ("a\u{345}", "000000010110"),
        ("\u{345}", "000000010010"), ("ⅰ", "001010010110"), ("Ⓩⓩ", "000000001010"),
    ];

    /// (s, width, fill, center, ljust, rjust)
    type PadCase = (
        &'static str,
        i64,
        char,
        &'static str,
        &'static str,
        &'static str,
    );
    #[rustfmt::skip]
    static PAD: &[PadCase] = &[
        ("", -5, '*', "", "", ""), ("", 0, '*', "", "", ""), ("", 1, 'é', "é", "é", "é"),
        ("", 2, ' ', "  ", "  ", "  "), ("", 5, ' ', "     ", "     ", "     "),
        ("", 6, 'é', "éééééé", "éééééé", "éééééé"), ("", 7, '日', "日日日日日日日", "日日日日日日日", "日日日日日日日"),
        ("a", -5, '日', "a", "a", "a"), ("a", 0, '日', "a", "a", "a"),
        ("a", 2, '\u{1f600}', "a\u{1f600}", "a\u{1f600}", "\u{1f600}a"),
        ("a", 5, ' ', "  a  ", "a    ", "    a"), ("a", 6, '日', "日日a日日日", "a日日日日日", "日日日日日a"),
        ("a", 7, '\u{1f600}', "\u{1f600}\u{1f600}\u{1f600}a\u{1f600}\u{1f600}\u{1f600}", "a\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}a"),
        ("ab", -5, ' ', "ab", "ab", "ab"), ("ab", 0, '\u{1f600}', "ab", "ab", "ab"),
        ("ab", 1, ' ', "ab", "ab", "ab"), ("ab", 2, '*', "ab", "ab", "ab"),
        ("ab", 5, '日', "日日ab日", "ab日日日", "日日日ab"), ("ab", 6, '日', "日日ab日日", "ab日日日日", "日日日日ab"),
        ("ab", 7, '\u{1f600}', "\u{1f600}\u{1f600}\u{1f600}ab\u{1f600}\u{1f600}", "ab\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}ab"),
        ("abc", -5, ' ', "abc", "abc", "abc"), ("abc", 0, '\u{1f600}', "abc", "abc", "abc"),
        ("abc", 2, ' ', "abc", "abc", "abc"),
        ("abc", 5, '\u{1f600}', "\u{1f600}abc\u{1f600}", "abc\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}abc"),
        ("abc", 6, 'é', "éabcéé", "abcééé", "éééabc"),
        ("abc", 7, '*', "**abc**", "abc****", "****abc"),
        ("héllo", -5, '\u{1f600}', "héllo", "héllo", "héllo"),
        ("héllo", 0, '*', "héllo", "héllo", "héllo"), ("héllo", 1, '日', "héllo", "héllo", "héllo"),
        ("héllo", 2, '日', "héllo", "héllo", "héllo"), ("héllo", 5, '*', "héllo", "héllo", "héllo"),
        ("héllo", 6, '日', "héllo日", "héllo日", "日héllo"),
        ("héllo", 7, '*', "*héllo*", "héllo**", "**héllo"), ("日本", -5, ' ', "日本", "日本", "日本"),
        ("日本", 0, '\u{1f600}', "日本", "日本", "日本"), ("日本", 2, '日', "日本", "日本", "日本"),
        ("日本", 4, ' ', " 日本 ", "日本  ", "  日本"), ("日本", 5, ' ', "  日本 ", "日本   ", "   日本"),
        ("日本", 6, ' ', "  日本  ", "日本    ", "    日本"),
        ("日本", 7, ' ', "   日本  ", "日本     ", "     日本"),
        ("日本", 10, ' ', "    日本    ", "日本        ", "        日本"),
        ("-1", -5, '*', "-1", "-1", "-1"), ("-1", 0, '*', "-1", "-1", "-1"),
        ("-1", 1, '\u{1f600}', "-1", "-1", "-1"), ("-1", 2, '日', "-1", "-1", "-1"),
        ("-1", 5, ' ', "  -1 ", "-1   ", "   -1"), ("-1", 6, 'é', "éé-1éé", "-1éééé", "éééé-1"),
        ("-1", 7, '*', "***-1**", "-1*****", "*****-1"), ("+1", -5, 'é', "+1", "+1", "+1"),
        ("+1", 0, 'é', "+1", "+1", "+1"), ("+1", 1, '*', "+1", "+1", "+1"),
        ("+1", 2, '日', "+1", "+1", "+1"), ("+1", 5, ' ', "  +1 ", "+1   ", "   +1"),
        ("+1", 6, '*', "**+1**", "+1****", "****+1"),
        ("+1", 7, '\u{1f600}', "\u{1f600}\u{1f600}\u{1f600}+1\u{1f600}\u{1f600}", "+1\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}+1"),
        ("-", -5, 'é', "-", "-", "-"), ("-", 0, 'é', "-", "-", "-"),
        ("-", 2, '*', "-*", "-*", "*-"), ("-", 4, ' ', " -  ", "-   ", "   -"),
        ("-", 5, '日', "日日-日日", "-日日日日", "日日日日-"), ("-", 6, '日', "日日-日日日", "-日日日日日", "日日日日日-"),
        ("-", 7, 'é', "ééé-ééé", "-éééééé", "éééééé-"), ("+", -5, 'é', "+", "+", "+"),
        ("+", 0, '日', "+", "+", "+"), ("+", 1, ' ', "+", "+", "+"), ("+", 2, 'é', "+é", "+é", "é+"),
        ("+", 5, 'é', "éé+éé", "+éééé", "éééé+"), ("+", 6, '日', "日日+日日日", "+日日日日日", "日日日日日+"),
        ("+", 7, 'é', "ééé+ééé", "+éééééé", "éééééé+"), ("1-", -5, 'é', "1-", "1-", "1-"),
        ("1-", 0, ' ', "1-", "1-", "1-"), ("1-", 2, '\u{1f600}', "1-", "1-", "1-"),
        ("1-", 4, '*', "*1-*", "1-**", "**1-"), ("1-", 5, ' ', "  1- ", "1-   ", "   1-"),
        ("1-", 6, 'é', "éé1-éé", "1-éééé", "éééé1-"),
        ("1-", 7, 'é', "ééé1-éé", "1-ééééé", "ééééé1-"),
        ("1-", 10, ' ', "    1-    ", "1-        ", "        1-"),
        ("--1", -5, '*', "--1", "--1", "--1"), ("--1", 0, ' ', "--1", "--1", "--1"),
        ("--1", 2, 'é', "--1", "--1", "--1"), ("--1", 3, '日', "--1", "--1", "--1"),
        ("--1", 5, '\u{1f600}', "\u{1f600}--1\u{1f600}", "--1\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}--1"),
        ("--1", 6, '日', "日--1日日", "--1日日日", "日日日--1"),
        ("--1", 7, '*', "**--1**", "--1****", "****--1"), ("+ab", -5, ' ', "+ab", "+ab", "+ab"),
        ("+ab", 0, '*', "+ab", "+ab", "+ab"), ("+ab", 2, ' ', "+ab", "+ab", "+ab"),
        ("+ab", 5, '\u{1f600}', "\u{1f600}+ab\u{1f600}", "+ab\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}+ab"),
        ("+ab", 6, '*', "*+ab**", "+ab***", "***+ab"),
        ("+ab", 7, '*', "**+ab**", "+ab****", "****+ab"),
        ("+ab", 10, '*', "***+ab****", "+ab*******", "*******+ab"),
        ("a+", -5, ' ', "a+", "a+", "a+"), ("a+", 0, 'é', "a+", "a+", "a+"),
        ("a+", 2, 'é', "a+", "a+", "a+"),
        ("a+", 5, '\u{1f600}', "\u{1f600}\u{1f600}a+\u{1f600}", "a+\u{1f600}\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}\u{1f600}a+"),
        ("a+", 6, 'é', "ééa+éé", "a+éééé", "ééééa+"),
        ("a+", 7, '*', "***a+**", "a+*****", "*****a+"),
        ("a+", 10, '*', "****a+****", "a+********", "********a+"),
        ("\u{1f600}", -5, '*', "\u{1f600}", "\u{1f600}", "\u{1f600}"),
        ("\u{1f600}", 0, 'é', "\u{1f600}", "\u{1f600}", "\u{1f600}"),
        ("\u{1f600}", 1, '日', "\u{1f600}", "\u{1f600}", "\u{1f600}"),
        ("\u{1f600}", 2, '日', "\u{1f600}日", "\u{1f600}日", "日\u{1f600}"),
        ("\u{1f600}", 4, ' ', " \u{1f600}  ", "\u{1f600}   ", "   \u{1f600}"),
        ("\u{1f600}", 5, 'é', "éé\u{1f600}éé", "\u{1f600}éééé", "éééé\u{1f600}"),
        ("\u{1f600}", 6, '日', "日日\u{1f600}日日日", "\u{1f600}日日日日日", "日日日日日\u{1f600}"),
        ("\u{1f600}", 7, '*', "***\u{1f600}***", "\u{1f600}******", "******\u{1f600}"),
    ];

    /// (s, width, s.zfill(width))
    type ZfillCase = (&'static str, i64, &'static str);
    #[rustfmt::skip]
    static ZFILL: &[ZfillCase] = &[
        ("", -5, ""), ("", 0, ""), ("", 2, "00"), ("", 3, "000"), ("", 4, "0000"), ("", 5, "00000"),
        ("a", -5, "a"), ("a", 0, "a"), ("a", 2, "0a"), ("a", 3, "00a"), ("a", 4, "000a"),
        ("a", 5, "0000a"), ("ab", -5, "ab"), ("ab", 0, "ab"), ("ab", 2, "ab"), ("ab", 3, "0ab"),
        ("ab", 4, "00ab"), ("ab", 5, "000ab"), ("abc", -5, "abc"), ("abc", 0, "abc"),
        ("abc", 2, "abc"), ("abc", 3, "abc"), ("abc", 4, "0abc"), ("abc", 5, "00abc"),
        ("héllo", -5, "héllo"), ("héllo", 0, "héllo"), ("héllo", 2, "héllo"), ("héllo", 3, "héllo"),
        ("héllo", 4, "héllo"), ("héllo", 5, "héllo"), ("日本", -5, "日本"), ("日本", 0, "日本"),
        ("日本", 2, "日本"), ("日本", 3, "0日本"), ("日本", 4, "00日本"), ("日本", 5, "000日本"), ("-1", -5, "-1"),
        ("-1", 0, "-1"), ("-1", 2, "-1"), ("-1", 3, "-01"), ("-1", 4, "-001"), ("-1", 5, "-0001"),
        ("+1", -5, "+1"), ("+1", 0, "+1"), ("+1", 2, "+1"), ("+1", 3, "+01"), ("+1", 4, "+001"),
        ("+1", 5, "+0001"), ("-", -5, "-"), ("-", 0, "-"), ("-", 2, "-0"), ("-", 3, "-00"),
        ("-", 4, "-000"), ("-", 5, "-0000"), ("+", -5, "+"), ("+", 0, "+"), ("+", 2, "+0"),
        ("+", 3, "+00"), ("+", 4, "+000"), ("+", 5, "+0000"), ("1-", -5, "1-"), ("1-", 0, "1-"),
        ("1-", 2, "1-"), ("1-", 3, "01-"), ("1-", 4, "001-"), ("1-", 5, "0001-"),
        ("--1", -5, "--1"), ("--1", 0, "--1"), ("--1", 2, "--1"), ("--1", 3, "--1"),
        ("--1", 4, "-0-1"), ("--1", 5, "-00-1"), ("+ab", -5, "+ab"), ("+ab", 0, "+ab"),
        ("+ab", 2, "+ab"), ("+ab", 3, "+ab"), ("+ab", 4, "+0ab"), ("+ab", 5, "+00ab"),
        ("a+", -5, "a+"), ("a+", 0, "a+"), ("a+", 2, "a+"), ("a+", 3, "0a+"), ("a+", 4, "00a+"),
        ("a+", 5, "000a+"), ("\u{1f600}", -5, "\u{1f600}"), ("\u{1f600}", 0, "\u{1f600}"),
        ("\u{1f600}", 2, "0\u{1f600}"), ("\u{1f600}", 3, "00\u{1f600}"),
        ("\u{1f600}", 4, "000\u{1f600}"), ("\u{1f600}", 5, "0000\u{1f600}"),
    ];

    /// (s, sep, s.partition(sep), s.rpartition(sep))
    type PartitionCase = (
        &'static str,
        &'static str,
        (&'static str, &'static str, &'static str),
        (&'static str, &'static str, &'static str),
    );
    #[rustfmt::skip]
    static PARTITION: &[PartitionCase] = &[
        ("", "a", ("", "", ""), ("", "", "")), ("abc", "b", ("a", "b", "c"), ("a", "b", "c")),
        ("abc", "x", ("abc", "", ""), ("", "", "abc")),
        ("abcabc", "bc", ("a", "bc", "abc"), ("abca", "bc", "")),
        ("aaa", "aa", ("", "aa", "a"), ("a", "aa", "")),
        ("a,b,c", ",", ("a", ",", "b,c"), ("a,b", ",", "c")),
        ("日本語日本", "本", ("日", "本", "語日本"), ("日本語日", "本", "")),
        ("héllo", "é", ("h", "é", "llo"), ("h", "é", "llo")),
        ("abc", "abc", ("", "abc", ""), ("", "abc", "")),
        ("abc", "abcd", ("abc", "", ""), ("", "", "abc")),
        ("x->y->z", "->", ("x", "->", "y->z"), ("x->y", "->", "z")),
        ("ΣΑΣ", "Σ", ("", "Σ", "ΑΣ"), ("ΣΑ", "Σ", "")),
        ("abc", "a", ("", "a", "bc"), ("", "a", "bc")),
        ("abc", "c", ("ab", "c", ""), ("ab", "c", "")),
    ];

    /// (s, tabsize, s.expandtabs(tabsize))
    type ExpandtabsCase = (&'static str, i64, &'static str);
    #[rustfmt::skip]
    static EXPANDTABS: &[ExpandtabsCase] = &[
        ("", 8, ""), ("", 4, ""), ("", 1, ""), ("", 0, ""), ("", -1, ""), ("", 3, ""),
        ("\t", 8, "        "), ("\t", 4, "    "), ("\t", 1, " "), ("\t", 0, ""), ("\t", -1, ""),
        ("\t", 3, "   "), ("a\tb", 8, "a       b"), ("a\tb", 4, "a   b"), ("a\tb", 1, "a b"),
        ("a\tb", 0, "ab"), ("a\tb", -1, "ab"), ("a\tb", 3, "a  b"),
        ("ab\tc\td", 8, "ab      c       d"), ("ab\tc\td", 4, "ab  c   d"),
        ("ab\tc\td", 1, "ab c d"), ("ab\tc\td", 0, "abcd"), ("ab\tc\td", -1, "abcd"),
        ("ab\tc\td", 3, "ab c  d"), ("\t\t", 8, "                "), ("\t\t", 4, "        "),
        ("\t\t", 1, "  "), ("\t\t", 0, ""), ("\t\t", -1, ""), ("\t\t", 3, "      "),
        ("abcdefgh\tx", 8, "abcdefgh        x"), ("abcdefgh\tx", 4, "abcdefgh    x"),
        ("abcdefgh\tx", 1, "abcdefgh x"), ("abcdefgh\tx", 0, "abcdefghx"),
        ("abcdefgh\tx", -1, "abcdefghx"), ("abcdefgh\tx", 3, "abcdefgh x"),
        ("a\nb\tc", 8, "a\nb       c"), ("a\nb\tc", 4, "a\nb   c"), ("a\nb\tc", 1, "a\nb c"),
        ("a\nb\tc", 0, "a\nbc"), ("a\nb\tc", -1, "a\nbc"), ("a\nb\tc", 3, "a\nb  c"),
        ("ab\r\tc", 8, "ab\r        c"), ("ab\r\tc", 4, "ab\r    c"), ("ab\r\tc", 1, "ab\r c"),
        ("ab\r\tc", 0, "ab\rc"), ("ab\r\tc", -1, "ab\rc"), ("ab\r\tc", 3, "ab\r   c"),
        ("é\tx", 8, "é       x"), ("é\tx", 4, "é   x"), ("é\tx", 1, "é x"), ("é\tx", 0, "éx"),
        ("é\tx", -1, "éx"), ("é\tx", 3, "é  x"), ("日本\t語", 8, "日本      語"), ("日本\t語", 4, "日本  語"),
        ("日本\t語", 1, "日本 語"), ("日本\t語", 0, "日本語"), ("日本\t語", -1, "日本語"), ("日本\t語", 3, "日本 語"),
        ("a\u{b}b\tc", 8, "a\u{b}b     c"), ("a\u{b}b\tc", 4, "a\u{b}b c"),
        ("a\u{b}b\tc", 1, "a\u{b}b c"), ("a\u{b}b\tc", 0, "a\u{b}bc"),
        ("a\u{b}b\tc", -1, "a\u{b}bc"), ("a\u{b}b\tc", 3, "a\u{b}b   c"),
        ("a\u{2028}b\tc", 8, "a\u{2028}b     c"), ("a\u{2028}b\tc", 4, "a\u{2028}b c"),
        ("a\u{2028}b\tc", 1, "a\u{2028}b c"), ("a\u{2028}b\tc", 0, "a\u{2028}bc"),
        ("a\u{2028}b\tc", -1, "a\u{2028}bc"), ("a\u{2028}b\tc", 3, "a\u{2028}b   c"),
        ("x\t\ny\t", 8, "x       \ny       "), ("x\t\ny\t", 4, "x   \ny   "),
        ("x\t\ny\t", 1, "x \ny "), ("x\t\ny\t", 0, "x\ny"), ("x\t\ny\t", -1, "x\ny"),
        ("x\t\ny\t", 3, "x  \ny  "),
    ];

    /// (s, start, stop, step) normalized by slice.indices(len(s)), then s[start:stop:step]
    type SliceCase = (&'static str, i64, i64, i64, &'static str);
    #[rustfmt::skip]
    static SLICE: &[SliceCase] = &[
        ("", -1, -1, -1, ""), ("", -1, -1, -3, ""), ("", -1, -1, -2, ""), ("", -1, -1, -1, ""),
        ("", 0, 0, 3, ""), ("", 0, 0, 3, ""), ("", 0, 0, 2, ""), ("", 0, 0, 2, ""),
        ("", 0, 0, 3, ""), ("", -1, -1, -1, ""), ("", 0, 0, 1, ""), ("", -1, -1, -1, ""),
        ("", 0, 0, 3, ""), ("", 0, 0, 3, ""), ("", 0, 0, 1, ""), ("", 0, 0, 3, ""),
        ("a", 0, 0, 3, ""), ("a", -1, -1, -1, ""), ("a", 0, 1, 3, "a"), ("a", 0, 1, 1, "a"),
        ("a", 0, 0, -2, ""), ("a", 0, 1, 1, "a"), ("a", 0, -1, -3, "a"), ("a", 1, 0, 1, ""),
        ("a", 1, 1, 3, ""), ("a", 1, 1, 1, ""), ("a", 1, 1, 1, ""), ("a", 1, 0, 1, ""),
        ("a", 1, 0, 1, ""), ("a", 0, 0, 1, ""), ("a", 0, 1, 2, "a"), ("a", 0, 1, 2, "a"),
        ("abcdef", 5, 5, 3, ""), ("abcdef", 5, 6, 2, "f"), ("abcdef", 4, 3, 1, ""),
        ("abcdef", 4, 3, 1, ""), ("abcdef", 4, 6, 2, "e"), ("abcdef", 3, 0, 1, ""),
        ("abcdef", 3, 0, 3, ""), ("abcdef", 3, 3, -3, ""), ("abcdef", 1, 4, -1, ""),
        ("abcdef", 1, 4, 1, "bcd"), ("abcdef", 1, 6, 1, "bcdef"), ("abcdef", 6, 2, 3, ""),
        ("abcdef", 2, 5, 2, "ce"), ("abcdef", 3, 2, 2, ""), ("abcdef", 5, 6, 3, "f"),
        ("abcdef", 0, 0, 1, ""), ("héllo wörld", 1, 0, 1, ""), ("héllo wörld", 1, 10, -3, ""),
        ("héllo wörld", 8, 8, 1, ""), ("héllo wörld", 8, 0, -1, "röw ollé"),
        ("héllo wörld", 8, -1, -1, "röw olléh"), ("héllo wörld", 8, 11, 1, "rld"),
        ("héllo wörld", 0, 0, 1, ""), ("héllo wörld", 10, 9, -3, "d"),
        ("héllo wörld", 10, 5, 2, ""), ("héllo wörld", 10, 3, -2, "drwo"),
        ("héllo wörld", 2, 10, -2, ""), ("héllo wörld", 3, 0, 1, ""),
        ("héllo wörld", 5, 10, 2, " öl"), ("héllo wörld", 5, -1, -1, " olléh"),
        ("héllo wörld", 0, 8, 1, "héllo wö"), ("héllo wörld", 0, 10, 3, "hlwl"),
        ("日本語テキスト", 6, 6, -1, ""), ("日本語テキスト", 6, 5, 3, ""), ("日本語テキスト", -1, 6, -2, ""),
        ("日本語テキスト", 4, 3, 3, ""), ("日本語テキスト", 4, -1, -2, "キ語日"), ("日本語テキスト", 6, -1, -3, "トテ日"),
        ("日本語テキスト", 7, 5, 2, ""), ("日本語テキスト", 6, 6, -1, ""), ("日本語テキスト", 7, 2, 1, ""),
        ("日本語テキスト", 7, 4, 2, ""), ("日本語テキスト", 2, 7, 3, "語ス"), ("日本語テキスト", 2, 7, 2, "語キト"),
        ("日本語テキスト", 3, 6, 1, "テキス"), ("日本語テキスト", 5, 4, 1, ""), ("日本語テキスト", 5, 0, 1, ""),
        ("日本語テキスト", 0, 0, 2, ""), ("a\u{1f600}b\u{1f600}c", 4, 0, 3, ""),
        ("a\u{1f600}b\u{1f600}c", -1, 4, -1, ""), ("a\u{1f600}b\u{1f600}c", -1, 2, -3, ""),
        ("a\u{1f600}b\u{1f600}c", 0, 5, 1, "a\u{1f600}b\u{1f600}c"),
        ("a\u{1f600}b\u{1f600}c", 3, 2, -3, "\u{1f600}"), ("a\u{1f600}b\u{1f600}c", 3, 2, 1, ""),
        ("a\u{1f600}b\u{1f600}c", 3, 0, -3, "\u{1f600}"),
        ("a\u{1f600}b\u{1f600}c", 3, 5, 2, "\u{1f600}"),
        ("a\u{1f600}b\u{1f600}c", 1, 5, 1, "\u{1f600}b\u{1f600}c"),
        ("a\u{1f600}b\u{1f600}c", 5, 5, 2, ""), ("a\u{1f600}b\u{1f600}c", 4, 4, -2, ""),
        ("a\u{1f600}b\u{1f600}c", 2, 2, 1, ""), ("a\u{1f600}b\u{1f600}c", 5, 0, 1, ""),
        ("a\u{1f600}b\u{1f600}c", 5, 2, 2, ""), ("a\u{1f600}b\u{1f600}c", 5, 2, 1, ""),
        ("a\u{1f600}b\u{1f600}c", 4, 4, -3, ""),
    ];

    /// (s, i, s[i] or None for IndexError)
    type CharAtCase = (&'static str, i64, Option<char>);
    #[rustfmt::skip]
    static CHAR_AT: &[CharAtCase] = &[
        ("", 0, None), ("", 1, None), ("", 2, None), ("", -1, None), ("", -2, None), ("", -1, None),
        ("", 0, None), ("", 0, None), ("", -1, None), ("", 7, None), ("a", 0, Some('a')),
        ("a", 1, None), ("a", 2, None), ("a", -1, Some('a')), ("a", -2, None), ("a", 0, Some('a')),
        ("a", 1, None), ("a", -1, Some('a')), ("a", -2, None), ("a", 7, None),
        ("abcdef", 0, Some('a')), ("abcdef", 1, Some('b')), ("abcdef", 2, Some('c')),
        ("abcdef", -1, Some('f')), ("abcdef", -2, Some('e')), ("abcdef", 5, Some('f')),
        ("abcdef", 6, None), ("abcdef", -6, Some('a')), ("abcdef", -7, None), ("abcdef", 7, None),
        ("héllo wörld", 0, Some('h')), ("héllo wörld", 1, Some('é')), ("héllo wörld", 2, Some('l')),
        ("héllo wörld", -1, Some('d')), ("héllo wörld", -2, Some('l')),
        ("héllo wörld", 10, Some('d')), ("héllo wörld", 11, None), ("héllo wörld", -11, Some('h')),
        ("héllo wörld", -12, None), ("héllo wörld", 7, Some('ö')), ("日本語テキスト", 0, Some('日')),
        ("日本語テキスト", 1, Some('本')), ("日本語テキスト", 2, Some('語')), ("日本語テキスト", -1, Some('ト')),
        ("日本語テキスト", -2, Some('ス')), ("日本語テキスト", 6, Some('ト')), ("日本語テキスト", 7, None),
        ("日本語テキスト", -7, Some('日')), ("日本語テキスト", -8, None), ("日本語テキスト", 7, None),
        ("a\u{1f600}b\u{1f600}c", 0, Some('a')), ("a\u{1f600}b\u{1f600}c", 1, Some('\u{1f600}')),
        ("a\u{1f600}b\u{1f600}c", 2, Some('b')), ("a\u{1f600}b\u{1f600}c", -1, Some('c')),
        ("a\u{1f600}b\u{1f600}c", -2, Some('\u{1f600}')), ("a\u{1f600}b\u{1f600}c", 4, Some('c')),
        ("a\u{1f600}b\u{1f600}c", 5, None), ("a\u{1f600}b\u{1f600}c", -5, Some('a')),
        ("a\u{1f600}b\u{1f600}c", -6, None), ("a\u{1f600}b\u{1f600}c", 7, None),
    ];

    /// (s, repr(s), ascii(s))
    type ReprCase = (&'static str, &'static str, &'static str);
    #[rustfmt::skip]
    static REPR: &[ReprCase] = &[
        ("", "''", "''"), ("a", "'a'", "'a'"), ("'", "\"'\"", "\"'\""), ("\"", "'\"'", "'\"'"),
        ("'\"", "'\\'\"'", "'\\'\"'"), ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
        ("\t\n\r", "'\\t\\n\\r'", "'\\t\\n\\r'"),
        ("\0\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}ÿ", "'\\x80\\x9f\\xa0\\xadÿ'", "'\\x80\\x9f\\xa0\\xad\\xff'"),
        ("héllo", "'héllo'", "'h\\xe9llo'"), ("日本", "'日本'", "'\\u65e5\\u672c'"),
        ("ΣΑΣ", "'ΣΑΣ'", "'\\u03a3\\u0391\\u03a3'"), ("\u{301}", "'\u{301}'", "'\\u0301'"),
        ("a\u{301}", "'a\u{301}'", "'a\\u0301'"),
        ("\u{200b}\u{200e}\u{feff}", "'\\u200b\\u200e\\ufeff'", "'\\u200b\\u200e\\ufeff'"),
        ("\u{2028}\u{2029}", "'\\u2028\\u2029'", "'\\u2028\\u2029'"),
        ("\u{3000}\u{2000}", "'\\u3000\\u2000'", "'\\u3000\\u2000'"),
        ("\u{e000}", "'\\ue000'", "'\\ue000'"), ("\u{1f600}", "'\u{1f600}'", "'\\U0001f600'"),
        ("\u{e0001}", "'\\U000e0001'", "'\\U000e0001'"),
        ("\u{10ffff}", "'\\U0010ffff'", "'\\U0010ffff'"), ("\u{378}", "'\\u0378'", "'\\u0378'"),
        ("\u{f0000}", "'\\U000f0000'", "'\\U000f0000'"), ("\u{d7ff}", "'\\ud7ff'", "'\\ud7ff'"),
        ("\u{ffff}", "'\\uffff'", "'\\uffff'"), ("�", "'�'", "'\\ufffd'"),
        ("\u{1d11e}", "'\u{1d11e}'", "'\\U0001d11e'"), ("ǅ", "'ǅ'", "'\\u01c5'"),
        ("\u{1b}[0m", "'\\x1b[0m'", "'\\x1b[0m'"), ("\u{85}", "'\\x85'", "'\\x85'"),
        ("\u{61c}", "'\\u061c'", "'\\u061c'"), ("\u{a0}x", "'\\xa0x'", "'\\xa0x'"),
        ("ÿĀ", "'ÿĀ'", "'\\xff\\u0100'"), ("\u{10000}", "'\u{10000}'", "'\\U00010000'"),
        ("\u{1680}", "'\\u1680'", "'\\u1680'"), ("tab\there", "'tab\\there'", "'tab\\there'"),
        ("\\n", "'\\\\n'", "'\\\\n'"), ("אב", "'אב'", "'\\u05d0\\u05d1'"),
    ];

    /// (b, repr(b), b.hex())
    type BytesCase = (&'static [u8], &'static str, &'static str);
    #[rustfmt::skip]
    static BYTES: &[BytesCase] = &[
        (b"", "b''", ""), (b"a", "b'a'", "61"), (b"'", "b\"'\"", "27"), (b"\"", "b'\"'", "22"),
        (b"'\"", "b'\\'\"'", "2722"), (b"it's", "b\"it's\"", "69742773"), (b"\\", "b'\\\\'", "5c"),
        (b"\x09\x0a\x0d", "b'\\t\\n\\r'", "090a0d"),
        (b"\x00\x01\x7f\x80\xff", "b'\\x00\\x01\\x7f\\x80\\xff'", "00017f80ff"),
        (b"hello world", "b'hello world'", "68656c6c6f20776f726c64"),
        (b"\x00\x07\x0e\x15\x1c#*18?FMT[bipw~\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc", "b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'", "00070e151c232a31383f464d545b626970777e858c939aa1a8afb6bdc4cbd2d9e0e7eef5fc"),
        (b"\x1b[0m", "b'\\x1b[0m'", "1b5b306d"),
        (b"say \"hi\"", "b'say \"hi\"'", "7361792022686922"),
        (b"\xe6\x97\xa5\xe6\x9c\xac", "b'\\xe6\\x97\\xa5\\xe6\\x9c\\xac'", "e697a5e69cac"),
        (b"~ ", "b'~ '", "7e20"),
    ];

    /// (b, sep, n, b.hex(sep, n))
    type BytesHexSepCase = (&'static [u8], char, i64, &'static str);
    #[rustfmt::skip]
    static BYTES_HEX_SEP: &[BytesHexSepCase] = &[
        (b"", ':', 1, ""), (b"", ':', 2, ""), (b"", ':', 3, ""), (b"", ':', -2, ""),
        (b"", ':', -3, ""), (b"", ':', 0, ""), (b"", ':', 10, ""), (b"", ':', -10, ""),
        (b"", ' ', 2, ""), (b"", ' ', -3, ""), (b"\x01", ':', 1, "01"), (b"\x01", ':', 2, "01"),
        (b"\x01", ':', 3, "01"), (b"\x01", ':', -2, "01"), (b"\x01", ':', -3, "01"),
        (b"\x01", ':', 0, "01"), (b"\x01", ':', 10, "01"), (b"\x01", ':', -10, "01"),
        (b"\x01", ' ', 2, "01"), (b"\x01", ' ', -3, "01"), (b"\x01\x02", ':', 1, "01:02"),
        (b"\x01\x02", ':', 2, "0102"), (b"\x01\x02", ':', 3, "0102"),
        (b"\x01\x02", ':', -2, "0102"), (b"\x01\x02", ':', -3, "0102"),
        (b"\x01\x02", ':', 0, "0102"), (b"\x01\x02", ':', 10, "0102"),
        (b"\x01\x02", ':', -10, "0102"), (b"\x01\x02", ' ', 2, "0102"),
        (b"\x01\x02", ' ', -3, "0102"), (b"\x01\x02\x03", ':', 1, "01:02:03"),
        (b"\x01\x02\x03", ':', 2, "01:0203"), (b"\x01\x02\x03", ':', 3, "010203"),
        (b"\x01\x02\x03", ':', -2, "0102:03"), (b"\x01\x02\x03", ':', -3, "010203"),
        (b"\x01\x02\x03", ':', 0, "010203"), (b"\x01\x02\x03", ':', 10, "010203"),
        (b"\x01\x02\x03", ':', -10, "010203"), (b"\x01\x02\x03", ' ', 2, "01 0203"),
        (b"\x01\x02\x03", ' ', -3, "010203"), (b"\x01\x02\x03\x04\x05", ':', 1, "01:02:03:04:05"),
        (b"\x01\x02\x03\x04\x05", ':', 2, "01:0203:0405"),
        (b"\x01\x02\x03\x04\x05", ':', 3, "0102:030405"),
        (b"\x01\x02\x03\x04\x05", ':', -2, "0102:0304:05"),
        (b"\x01\x02\x03\x04\x05", ':', -3, "010203:0405"),
        (b"\x01\x02\x03\x04\x05", ':', 0, "0102030405"),
        (b"\x01\x02\x03\x04\x05", ':', 10, "0102030405"),
        (b"\x01\x02\x03\x04\x05", ':', -10, "0102030405"),
        (b"\x01\x02\x03\x04\x05", ' ', 2, "01 0203 0405"),
        (b"\x01\x02\x03\x04\x05", ' ', -3, "010203 0405"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', 1, "0a:0b:0c:0d:0e:0f:10:11:12:13"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', 2, "0a0b:0c0d:0e0f:1011:1213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', 3, "0a:0b0c0d:0e0f10:111213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', -2, "0a0b:0c0d:0e0f:1011:1213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', -3, "0a0b0c:0d0e0f:101112:13"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', 0, "0a0b0c0d0e0f10111213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', 10, "0a0b0c0d0e0f10111213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ':', -10, "0a0b0c0d0e0f10111213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ' ', 2, "0a0b 0c0d 0e0f 1011 1213"),
        (b"\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13", ' ', -3, "0a0b0c 0d0e0f 101112 13"),
    ];

    #[test]
    fn split_and_rsplit_match_cpython() {
        for &(s, sep, max, want, rwant) in SPLIT {
            assert_eq!(
                split(s, sep, max).unwrap(),
                want,
                "{s:?}.split({sep:?}, {max})"
            );
            assert_eq!(
                rsplit(s, sep, max).unwrap(),
                rwant,
                "{s:?}.rsplit({sep:?}, {max})"
            );
        }
    }

    #[test]
    fn empty_separator_is_an_error() {
        for max in [-1, 0, 3] {
            assert_eq!(split("abc", Some(""), max), Err(EMPTY_SEPARATOR.to_owned()));
            assert_eq!(
                rsplit("abc", Some(""), max),
                Err(EMPTY_SEPARATOR.to_owned())
            );
        }
        assert_eq!(partition("abc", ""), Err("empty separator".to_owned()));
        assert_eq!(rpartition("", ""), Err("empty separator".to_owned()));
    }

    #[test]
    fn splitlines_matches_cpython() {
        for &(s, want, want_keep) in SPLITLINES {
            assert_eq!(splitlines(s, false), want, "{s:?}.splitlines()");
            assert_eq!(splitlines(s, true), want_keep, "{s:?}.splitlines(True)");
        }
    }

    #[test]
    fn strip_matches_cpython() {
        for &(s, chars, both, left, right) in STRIP {
            assert_eq!(strip(s, chars), both, "{s:?}.strip({chars:?})");
            assert_eq!(lstrip(s, chars), left, "{s:?}.lstrip({chars:?})");
            assert_eq!(rstrip(s, chars), right, "{s:?}.rstrip({chars:?})");
        }
    }

    #[test]
    fn replace_matches_cpython() {
        for &(s, old, new, n, want) in REPLACE {
            assert_eq!(
                replace(s, old, new, n).unwrap(),
                want,
                "{s:?}.replace({old:?}, {new:?}, {n})"
            );
        }
    }

    #[test]
    fn searching_matches_cpython() {
        for &(s, sub, start, end, f, rf, c, sw, ew) in FIND {
            let call = format!("{s:?} {sub:?} start={start:?} end={end:?}");
            assert_eq!(find(s, sub, start, end), f, "find {call}");
            assert_eq!(rfind(s, sub, start, end), rf, "rfind {call}");
            assert_eq!(count(s, sub, start, end), c, "count {call}");
            assert_eq!(startswith(s, sub, start, end), sw, "startswith {call}");
            assert_eq!(endswith(s, sub, start, end), ew, "endswith {call}");
        }
    }

    #[test]
    fn extreme_search_indices() {
        for (start, end) in [
            (Some(i64::MIN), Some(i64::MAX)),
            (Some(i64::MAX), Some(i64::MIN)),
        ] {
            let full = start == Some(i64::MIN);
            assert_eq!(find("héllo", "l", start, end), if full { 2 } else { -1 });
            assert_eq!(rfind("héllo", "", start, end), if full { 5 } else { -1 });
            assert_eq!(count("héllo", "", start, end), if full { 6 } else { 0 });
            assert_eq!(startswith("héllo", "", start, end), full);
            assert_eq!(endswith("héllo", "llo", start, end), full);
        }
    }

    #[test]
    fn case_mapping_matches_cpython() {
        for &(s, up, low, fold, swap, tit, cap) in CASE {
            assert_eq!(upper(s), up, "{s:?}.upper()");
            assert_eq!(lower(s), low, "{s:?}.lower()");
            assert_eq!(casefold(s), fold, "{s:?}.casefold()");
            assert_eq!(swapcase(s), swap, "{s:?}.swapcase()");
            assert_eq!(title(s), tit, "{s:?}.title()");
            assert_eq!(capitalize(s), cap, "{s:?}.capitalize()");
        }
    }

    #[test]
    fn predicates_match_cpython() {
        type Predicate = fn(&str) -> bool;
        let checks: [(&str, Predicate); 12] = [
            ("isdecimal", isdecimal),
            ("isdigit", isdigit),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
        ];
        for &(s, flags) in PREDICATES {
            for ((name, pred), flag) in checks.iter().zip(flags.chars()) {
                assert_eq!(pred(s), flag == '1', "{s:?}.{name}()");
            }
        }
    }

    #[test]
    fn char_level_helpers() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1D7D7}'), Some(9));
        assert_eq!(decimal_value('\u{1D7D8}'), Some(0));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{2F}'), None);
        assert_eq!(decimal_value('\u{10FFFF}'), None);
        assert!(is_xid_start('é') && !is_xid_start('1') && !is_xid_start('_'));
        assert!(is_xid_continue('_') && is_xid_continue('\u{301}') && !is_xid_continue('-'));
        assert!(is_space('\u{1F}') && !is_space('\u{200B}'));
        assert!(is_printable('\u{301}') && !is_printable('\u{AD}') && !is_printable('\u{E000}'));
    }

    #[test]
    fn padding_matches_cpython() {
        for &(s, width, fill, c, l, r) in PAD {
            assert_eq!(
                center(s, width, fill).unwrap(),
                c,
                "{s:?}.center({width}, {fill:?})"
            );
            assert_eq!(
                ljust(s, width, fill).unwrap(),
                l,
                "{s:?}.ljust({width}, {fill:?})"
            );
            assert_eq!(
                rjust(s, width, fill).unwrap(),
                r,
                "{s:?}.rjust({width}, {fill:?})"
            );
        }
        for &(s, width, want) in ZFILL {
            assert_eq!(zfill(s, width).unwrap(), want, "{s:?}.zfill({width})");
        }
    }

    #[test]
    fn oversized_results_are_errors() {
        let too_large = Err(TOO_LARGE.to_owned());
        // 1 << 62 bytes passes the isize::MAX check but exceeds any 64-bit address space.
        for width in [i64::MAX, i64::MAX - 1, 1 << 62] {
            assert_eq!(center("ab", width, 'x'), too_large);
            assert_eq!(ljust("ab", width, '日'), too_large);
            assert_eq!(rjust("", width, ' '), too_large);
            assert_eq!(zfill("-1", width), too_large);
            assert_eq!(expandtabs("a\tb", width), too_large);
        }
        assert_eq!(center("ab", i64::MIN, 'x').unwrap(), "ab");
        assert_eq!(expandtabs("no tabs", i64::MAX).unwrap(), "no tabs");
    }

    #[test]
    fn partition_matches_cpython() {
        for &(s, sep, (a, b, c), (ra, rb, rc)) in PARTITION {
            let want = (a.to_owned(), b.to_owned(), c.to_owned());
            assert_eq!(partition(s, sep).unwrap(), want, "{s:?}.partition({sep:?})");
            let want = (ra.to_owned(), rb.to_owned(), rc.to_owned());
            assert_eq!(
                rpartition(s, sep).unwrap(),
                want,
                "{s:?}.rpartition({sep:?})"
            );
        }
    }

    #[test]
    fn expandtabs_matches_cpython() {
        for &(s, tabsize, want) in EXPANDTABS {
            assert_eq!(
                expandtabs(s, tabsize).unwrap(),
                want,
                "{s:?}.expandtabs({tabsize})"
            );
        }
    }

    #[test]
    fn slicing_matches_cpython() {
        for &(s, start, stop, step, want) in SLICE {
            assert_eq!(
                char_slice(s, start, stop, step),
                want,
                "{s:?}[{start}:{stop}:{step}]"
            );
        }
        for &(s, i, want) in CHAR_AT {
            assert_eq!(char_at(s, i), want, "{s:?}[{i}]");
        }
        assert_eq!(char_len("a日\u{1F600}"), 3);
    }

    #[test]
    fn unnormalized_slices_stay_in_bounds() {
        let s = "h\u{e9}llo";
        let ends = [i64::MIN, -7, -1, 0, 3, 5, 6, i64::MAX];
        for start in ends {
            for stop in ends {
                for step in [i64::MIN, -3, -1, 0, 1, 2, i64::MAX] {
                    assert!(char_slice(s, start, stop, step).len() <= s.len());
                }
            }
        }
        assert_eq!(char_slice(s, i64::MIN, i64::MAX, 1), s);
        assert_eq!(char_slice(s, i64::MAX, i64::MIN, -1), "oll\u{e9}h");
        assert_eq!(char_slice(s, 0, 5, 0), "");
        assert_eq!(char_at(s, i64::MIN), None);
        assert_eq!(char_at(s, i64::MAX), None);
    }

    #[test]
    fn repr_and_ascii_match_cpython() {
        for &(s, r, a) in REPR {
            assert_eq!(repr(s), r, "repr({s:?})");
            assert_eq!(ascii(s), a, "ascii({s:?})");
        }
    }

    #[test]
    fn bytes_helpers_match_cpython() {
        for &(b, r, h) in BYTES {
            assert_eq!(bytes_repr(b), r, "repr({b:?})");
            assert_eq!(bytes_hex(b), h, "{b:?}.hex()");
        }
        for &(b, sep, n, want) in BYTES_HEX_SEP {
            assert_eq!(
                bytes_hex_sep(b, sep, n).unwrap(),
                want,
                "{b:?}.hex({sep:?}, {n})"
            );
        }
        assert_eq!(
            bytes_hex_sep(b"ab", '\u{e9}', 1),
            Err("sep must be ASCII.".to_owned())
        );
        assert_eq!(bytes_hex_sep(b"abc", ':', i64::MIN).unwrap(), "616263");
    }

    /// Runs every function over many mixed-script strings and hostile integer arguments: none
    /// may panic, and the structural invariants CPython guarantees must hold.
    #[test]
    fn no_panics_on_arbitrary_input() {
        let alphabet: Vec<char> =
            "aZ \t\n\r\u{b}\u{1c}\u{85}\u{2028}é日ΣσςǅßﬁİΐᾳⒶ٣²½\u{301}\u{200b}\u{1F600}'\"\\-+_0"
                .chars()
                .collect();
        let ints = [
            i64::MIN,
            -1 << 40,
            -9,
            -2,
            -1,
            0,
            1,
            2,
            3,
            7,
            1 << 40,
            i64::MAX,
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let s: String = (0..next(9))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            let sub: String = (0..next(3))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            let (a, b) = (ints[next(ints.len())], ints[next(ints.len())]);
            let (oa, ob) = ([None, Some(a)][next(2)], [None, Some(b)][next(2)]);
            let len = char_len(&s) as i64;
            let f = find(&s, &sub, oa, ob);
            assert!(f == -1 || (0..=len).contains(&f));
            assert!(rfind(&s, &sub, oa, ob) >= f);
            assert!(count(&s, &sub, oa, ob) >= 0);
            let _ = (startswith(&s, &sub, oa, ob), endswith(&s, &sub, oa, ob));
            let sep = (!sub.is_empty()).then_some(sub.as_str());
            let parts = split(&s, sep, a).unwrap();
            if let Some(sep) = sep {
                assert_eq!(parts.join(sep), s);
                assert_eq!(rsplit(&s, Some(sep), a).unwrap().join(sep), s);
                let (x, y, z) = partition(&s, sep).unwrap();
                assert_eq!(x + &y + &z, s);
            } else {
                let _ = rsplit(&s, None, a).unwrap();
            }
            assert_eq!(splitlines(&s, true).concat(), s);
            let _ = (strip(&s, Some(&sub)), lstrip(&s, None), rstrip(&s, None));
            let small = a.clamp(-3, 3);
            let _ = (
                replace(&s, &sub, "xy", small).unwrap(),
                expandtabs(&s, small).unwrap(),
            );
            let _ = (
                center(&s, small + 8, '*'),
                ljust(&s, b, ' '),
                rjust(&s, a, '.'),
                zfill(&s, b),
            );
            let _ = (
                upper(&s),
                lower(&s),
                casefold(&s),
                swapcase(&s),
                title(&s),
                capitalize(&s),
            );
            let _ = (
                isalpha(&s),
                isidentifier(&s),
                istitle(&s),
                isupper(&s),
                islower(&s),
            );
            let _ = (
                isdigit(&s),
                isnumeric(&s),
                isdecimal(&s),
                isalnum(&s),
                isprintable(&s),
            );
            let _ = (
                char_slice(&s, a, b, small),
                char_at(&s, a),
                repr(&s),
                ascii(&s),
            );
            let _ = (
                bytes_repr(s.as_bytes()),
                bytes_hex_sep(s.as_bytes(), ':', a),
            );
            assert!(ascii(&s).is_ascii());
        }
    }
}
