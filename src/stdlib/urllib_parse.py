"""URL parsing and quoting (urllib.parse), written for tessera from the documentation and
observed behaviour of CPython 3.11.

Functions accept str, or bytes throughout: bytes arguments are decoded as ASCII, handled as
text and the results encoded back (_Texts does the round trip). The result classes are
named tuples with views of the network location (user name, password, host, port) mixed in.

Not provided: the NFKC check of non-ASCII network locations (tessera has no unicodedata)
and the deprecated split*() helpers."""

from collections import namedtuple as _namedtuple
import re as _re

__all__ = ("urlparse urlunparse urljoin urldefrag urlsplit urlunsplit urlencode parse_qs "
           "parse_qsl quote quote_plus quote_from_bytes unquote unquote_plus unquote_to_bytes "
           "DefragResult ParseResult SplitResult DefragResultBytes ParseResultBytes "
           "SplitResultBytes").split()

# Schemes for which relative references are resolved, which have a network location,
# and whose paths can carry ;parameters.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
scheme_chars = _LOWER + _LOWER.upper() + '0123456789' + '+-.'

# Stripped from the front of URLs (C0 controls and space), and removed anywhere.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_DROPPED = ('\t', '\r', '\n')


def clear_cache():
    """Kept for compatibility: nothing is cached here."""


# str / bytes ----------------------------------------------------------------------------

class _Texts:
    """Arguments of one call as str, and the way back to the caller's type."""

    def __init__(self, first, *rest):
        self.binary = not isinstance(first, str)
        for other in rest:
            if other and isinstance(other, str) == self.binary:
                raise TypeError("Cannot mix str and non-str arguments")
        values = (first,) + rest
        if self.binary:
            values = tuple(_as_text(v) for v in values)
        self.values = values

    def back(self, result):
        """result (a str, or a result tuple) in the caller's type."""
        if not self.binary:
            return result
        if isinstance(result, str):
            return result.encode('ascii')
        return result.encode()


def _as_text(value, encoding='ascii', errors='strict'):
    if not value:
        return ''
    return value.decode(encoding, errors)


# Result types ---------------------------------------------------------------------------

class _NetlocView:
    """username, password, hostname and port read from .netloc (str or bytes)."""

    __slots__ = ()

    def _marks(self):
        if isinstance(self.netloc, str):
            return '@', ':', '[', '%'
        return b'@', b':', b'[', b'%'

    def _userinfo(self):
        at, colon, _, _ = self._marks()
        userinfo, found, _ = self.netloc.rpartition(at)
        if not found:
            return None, None
        name, has_password, password = userinfo.partition(colon)
        return name, (password if has_password else None)

    def _hostinfo(self):
        """(host, port text) of the network location; IPv6 hosts are in brackets."""
        at, colon, bracket, _ = self._marks()
        hostinfo = self.netloc.rpartition(at)[2]
        if bracket not in hostinfo:
            host, _, port = hostinfo.partition(colon)
            return host, port
        closer = ']' if isinstance(hostinfo, str) else b']'
        host, _, after = hostinfo.partition(bracket)[2].partition(closer)
        return host, after.partition(colon)[2]

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        zone_mark = self._marks()[3]
        address, has_zone, zone = host.partition(zone_mark)
        # A zone id (fe80::1%eth0) keeps its case; the address itself does not.
        return address.lower() + has_zone + zone

    @property
    def port(self):
        raw = self._hostinfo()[1]
        if not raw:
            return None
        text = raw if isinstance(raw, str) else raw.decode('ascii', 'replace')
        if not (text.isascii() and text.isdigit()):
            raise ValueError("Port could not be cast to integer value as %r" % (raw,))
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class _TextResult:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_kind(*(part.encode(encoding, errors) for part in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._text_kind(*(_as_text(part, encoding, errors) for part in self))


_Defrag = _namedtuple('DefragResult', 'url fragment')
_Split = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_Parse = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_Defrag, _TextResult):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_Split, _TextResult, _NetlocView):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_Parse, _TextResult, _NetlocView):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_Defrag, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_Split, _BytesResult, _NetlocView):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_Parse, _BytesResult, _NetlocView):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _binary in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                       (ParseResult, ParseResultBytes)):
    _text._bytes_kind = _binary
    _binary._text_kind = _text
del _text, _binary


# Splitting ------------------------------------------------------------------------------

_IPV_FUTURE = _re.compile(r'v[a-fA-F0-9]+\..+\Z')


def _ipv4_ok(text):
    octets = text.split('.')
    return len(octets) == 4 and all(
        o.isdigit() and o.isascii() and len(o) <= 3 and (o == '0' or o[0] != '0')
        and int(o) <= 255 for o in octets)


def _ipv6_ok(text):
    address, has_zone, zone = text.partition('%')
    if has_zone and not zone:
        return False
    head, elided, tail = address.partition('::')
    if elided:
        if '::' in tail:
            return False
        groups = (head.split(':') if head else []) + (tail.split(':') if tail else [])
    else:
        groups = address.split(':')
    width = 0
    if groups and '.' in groups[-1]:
        if not _ipv4_ok(groups.pop()):
            return False
        width = 2
    width += len(groups)
    if width > 7 if elided else width != 8:
        return False
    return all(1 <= len(g) <= 4 and all(c in _HEX for c in g) for g in groups)


def _check_bracketed(host):
    if host.startswith('v'):
        if not _IPV_FUTURE.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _ipv4_ok(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _ipv6_ok(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def _cut_netloc(rest):
    """(network location, remainder) of rest, which follows the '//'."""
    end = len(rest)
    for mark in '/?#':
        found = rest.find(mark)
        if 0 <= found < end:
            end = found
    return rest[:end], rest[end:]


def _split_text(url, scheme, allow_fragments):
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for junk in _DROPPED:
        url = url.replace(junk, '')
        scheme = scheme.replace(junk, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and \
            all(c in scheme_chars for c in url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    netloc = query = fragment = ''
    if url.startswith('//'):
        netloc, url = _cut_netloc(url[2:])
        opened, closed = '[' in netloc, ']' in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return SplitResult(scheme, netloc, url, query, fragment)


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    texts = _Texts(url, scheme)
    url, scheme = texts.values
    return texts.back(_split_text(url, scheme, bool(allow_fragments)))


def _cut_params(path):
    """(path, params): params follow the first ';' of the last path segment."""
    start = path.rfind('/')
    semi = path.find(';', max(start, 0))
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    texts = _Texts(url, scheme)
    url, scheme = texts.values
    parts = _split_text(url, scheme, bool(allow_fragments))
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    result = ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                         parts.fragment)
    return texts.back(result)


def _join_parts(scheme, netloc, path, query, fragment):
    if netloc or (scheme and scheme in uses_netloc and not path.startswith('//')):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + netloc + path
    if scheme:
        path = scheme + ':' + path
    if query:
        path += '?' + query
    if fragment:
        path += '#' + fragment
    return path


def urlunsplit(components):
    """The URL for a (scheme, netloc, path, query, fragment) tuple."""
    texts = _Texts(*components)
    # Unpacked with the converter last, so that a short tuple is reported as CPython
    # reports it ("expected 6, got 4" for three components).
    scheme, netloc, path, query, fragment, back = texts.values + (texts.back,)
    return back(_join_parts(scheme, netloc, path, query, fragment))


def urlunparse(components):
    """The URL for a (scheme, netloc, path, params, query, fragment) tuple."""
    texts = _Texts(*components)
    scheme, netloc, path, params, query, fragment, back = texts.values + (texts.back,)
    if params:
        path = path + ';' + params
    return back(_join_parts(scheme, netloc, path, query, fragment))


def urldefrag(url):
    """(URL without its fragment, fragment) as a DefragResult."""
    texts = _Texts(url)
    url, = texts.values
    if '#' not in url:
        return texts.back(DefragResult(url, ''))
    whole = ParseResult(*_parse_from_split(_split_text(url, '', True)))
    cut = urlunparse(whole._replace(fragment=''))
    return texts.back(DefragResult(cut, whole.fragment))


def _parse_from_split(parts):
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    return parts.scheme, parts.netloc, path, params, parts.query, parts.fragment


def _merged_path(base_path, ref_path):
    """The path of a relative reference resolved against base_path, dot segments
    removed; when merging with the base, empty segments between others are dropped,
    as CPython does."""
    if ref_path.startswith('/'):
        segments = ref_path.split('/')
    else:
        stem = base_path.split('/')
        if stem[-1]:
            stem.pop()
        segments = stem + ref_path.split('/')
        if len(segments) > 2:
            segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] in ('.', '..'):
        kept.append('')
    return '/'.join(kept) or '/'


def urljoin(base, url, allow_fragments=True):
    """The URL that url (possibly relative) refers to when read in the context of base."""
    if not (base and url):
        return url if not base else base
    texts = _Texts(base, url)
    base, url = texts.values
    b = _parse_from_split(_split_text(base, '', allow_fragments))
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = b
    ref = _parse_from_split(_split_text(url, bscheme, allow_fragments))
    scheme, netloc, path, params, query, fragment = ref
    if scheme != bscheme or scheme not in uses_relative:
        return texts.back(url)
    if scheme in uses_netloc:
        if netloc:
            return texts.back(urlunparse(ref))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return texts.back(urlunparse((scheme, netloc, path, params, query, fragment)))
    path = _merged_path(bpath, path)
    return texts.back(urlunparse((scheme, netloc, path, params, query, fragment)))


# Quoting --------------------------------------------------------------------------------

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_HEX = '0123456789ABCDEFabcdef'


def quote_from_bytes(bs, safe='/'):
    """bs with every byte outside the unreserved set and safe written as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    safe_bytes = safe.encode('ascii', 'ignore') if isinstance(safe, str) else safe
    if not bs:
        return ''
    keep = _UNRESERVED.union(b for b in safe_bytes if b < 128)
    return ''.join(chr(b) if b in keep else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (a str is first encoded, UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        for option, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % option)
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote(), with spaces written as '+' (for HTML form values)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    widened = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, widened, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """bytes of string with every valid %XX escape replaced by its byte."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    elif not string:
        # An empty non-bytes value (None) is refused the way CPython refuses it.
        getattr(string, 'split')
    if not string:
        return b''
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return bytes(string)
    out = [pieces[0]]
    for piece in pieces[1:]:
        digits = piece[:2]
        if len(digits) == 2 and all(chr(d) in _HEX for d in digits):
            out.append(bytes([int(digits, 16)]))
            out.append(piece[2:])
        else:
            out.append(b'%')
            out.append(piece)
    return b''.join(out)


_ASCII_RUN = _re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """string with %XX escapes decoded; runs of escapes are decoded together with
    encoding (UTF-8), undecodable bytes handled by errors ('replace')."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')
    if '%' not in string:
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    pieces = _ASCII_RUN.split(string)
    out = []
    for n, piece in enumerate(pieces):
        if n % 2:
            out.append(unquote_to_bytes(piece).decode(encoding, errors))
        else:
            out.append(piece)
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote(), with '+' read as a space first."""
    return unquote(string.replace('+', ' '), encoding, errors)


# Query strings --------------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, in order."""
    texts = _Texts(qs)
    qs, = texts.values
    if separator and not isinstance(separator, str):
        separator = separator.decode('ascii')
    if not separator or not isinstance(separator, str):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_value, value = field.partition('=')
        if not has_value:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((texts.back(name), texts.back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A dict mapping each name in a query string to the list of its values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields=max_num_fields, separator=separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A query string ('a=1&b=2') from a mapping or a sequence of pairs; with doseq,
    sequence values give one pair per element."""
    pairs = query.items() if hasattr(query, 'items') else query
    if pairs is query:
        try:
            acceptable = not len(query) or isinstance(query[0], tuple)
        except TypeError as problem:
            acceptable = problem
        if acceptable is not True:
            raise TypeError("not a valid non-string sequence or mapping object")

    def piece(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        if not isinstance(value, str):
            value = str(value)
        return quote_via(value, safe, encoding, errors)

    fields = []
    for key, value in pairs:
        key = piece(key)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + '=' + piece(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + '=' + piece(value))
            continue
        for element in value:
            fields.append(key + '=' + piece(element))
    return '&'.join(fields)
