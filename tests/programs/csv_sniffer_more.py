# csv.Sniffer: more samples (single lines, mixed separators, quoted fields with spaces and doubled quotes, delimiters=) and has_header.
import csv
s = csv.Sniffer()
for t in ['a b c\n', 'x', 'a,b;c\n1,2;3\n', 'ab;cd\n', 'a,b\n\n1,2\n', 'h1,h2\n,\n1,2\n', 'a-b-c\nd-e-f\n',
          '"a","b"\n', '"a" "b"\n', "a;'b c';d\ne;'f';g\n", 'x\ty\n"1"\t"2"\n', 'a,"b ""c"""\n',
          'name,n\nx,1\ny,2\nz,3\n', 'a,b,c\r\n1,2,3\r\n4,5,6\r\n', '1;2\n3;4\n5;6\n7;8\n9;0\n1;2\n3;4\n5;6\n7;8\n9;0\n1;2\n1;2,3\n',
          "x, 'y'\n1, '2'\n", 'a:b:c\n1:2\n3:4:5\n', 'p|q\n"r|s"|t\n', 'k,v\n' + '\n'.join('%d,%d' % (i, i * i) for i in range(30))]:
    try:
        d = s.sniff(t)
        r = (repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote, d.__name__, d._name, d.quoting, repr(d.lineterminator))
    except csv.Error as e:
        r = ('Error', str(e))
    try:
        h = s.has_header(t)
    except Exception as e:
        h = type(e).__name__
    print(repr(t[:20]), r, h)
print(s.preferred, issubclass(s.sniff('a,b\n'), csv.Dialect))
print(repr(s.sniff('a;b:c\n1;2:3\n', delimiters=':;').delimiter), repr(s.sniff('a;b:c\n1;2:3\n', delimiters=':').delimiter))
