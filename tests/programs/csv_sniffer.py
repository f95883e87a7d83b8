# csv.Sniffer on typical samples: delimiter, quote character, skipinitialspace, doublequote,
# has_header, and the error when no delimiter can be found.
import csv

SAMPLES = [
    "name,age,city\nAnn,30,Oslo\nBob,25,Rome\n",
    "name;age;city\nAnn;30;Oslo\nBob;25;Rome\n",
    "name\tage\tcity\nAnn\t30\tOslo\nBob\t25\tRome\n",
    'id,"full name",score\n1,"Smith, John",9.5\n2,"Doe, Jane",7.25\n',
    "a, b, c\n1, 2, 3\n4, 5, 6\n",
    "'x'|'y'\n'1'|'2'\n'3'|'4'\n",
    'q,"say ""hi""",r\n1,"a ""b"" c",2\n',
    "1:2:3\n4:5:6\n7:8:9\n",
    "year,value\n2020,1.5\n2021,2.5\n2022,3.5\n",
    "10,20,30\n40,50,60\n70,80,90\n",
]
s = csv.Sniffer()
for text in SAMPLES:
    d = s.sniff(text)
    print(repr(text[:20]), repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote,
          d.quoting, repr(d.lineterminator), s.has_header(text))
    print("  ", list(csv.reader(text.splitlines(), d)))
print(repr(s.sniff("a;b,c;d\ne;f,g;h\n", delimiters=";").delimiter))
for bad in ["", "abc\ndef\n", "x"]:
    try:
        s.sniff(bad)
    except csv.Error as e:
        print("Error", e)

MORE = ["a|b|c\n1|2|3\n", "one two three\n1 2 3\n4 5 6\n", "x,y\n\"1\",2\n3,\"4\"\n", "h1,h2\nab,cd\nef,gh\n",
     "name,score\nann,1\nbob,22\ncy,333\n", "k=v;k2=v2\nk=w;k2=w2\n", "'a', 'b'\n'c', 'd'\n",
     "a\tb c\td\n1\t2 3\t4\n", "1,2\n3,4,5\n6,7\n8,9\n10,11\n12,13\n14,15\n16,17\n18,19\n20,21\n22,23\n",
     "\"a\";\"b\"\n\"c\";\"d\"\n", "col\nval1\nval2\n", "a:b,c\nd:e,f\n", "abc,\"def\nghi\",jkl\n1,2,3\n"]
s = csv.Sniffer()
for t in MORE:
    try:
        d = s.sniff(t)
        r = (repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote)
    except csv.Error as e:
        r = ("Error", str(e))
    try:
        h = s.has_header(t)
    except Exception as e:
        h = type(e).__name__
    print(repr(t[:15]), r, h)
print(s.has_header("only,one,row"), s.has_header("a,b\n1,2\nx,3\n"))
