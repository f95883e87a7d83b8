# codecs: EncodedFile/StreamRecoder, StreamReaderWriter, the buffered incremental base
# classes' state, CodecInfo's attributes, a user StreamReader subclass.
import codecs, io
b = io.BytesIO('héllo\nwörld\n'.encode('latin-1'))
ef = codecs.EncodedFile(b, 'utf-8', 'latin-1')
print(ef.data_encoding, ef.file_encoding, ef.readline(), ef.read())
ef.write('ü'.encode('utf-8')); print(b.getvalue())
rw = codecs.StreamReaderWriter(io.BytesIO(b'ab\ncd\n'), codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(rw.readline(), rw.readlines(), rw.read(), rw.encoding)
rw.write('x'); rw.writelines(['y', 'z']); print(rw.getvalue())
with rw as r: print(r is rw)
print(rw.closed)
d = codecs.BufferedIncrementalDecoder(); print(d.getstate()); d.setstate((b'ab', 0)); print(d.getstate(), d.buffer); d.reset(); print(d.getstate())
e = codecs.BufferedIncrementalEncoder(); print(e.getstate()); e.setstate('q'); print(e.getstate()); e.reset(); print(e.getstate(), repr(e.buffer))
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'n', _is_text_encoding=False)
print(tuple(ci), ci.name, ci.encode, ci.decode, ci.streamreader, ci.streamwriter, ci.incrementalencoder, ci.incrementaldecoder, ci._is_text_encoding)
class R(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return bytes(input).decode('utf-8', errors), len(input)
r = R(io.BytesIO(b'line1\nline2\n'))
print(list(r))
