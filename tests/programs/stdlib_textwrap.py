import textwrap
import random

sample = ("The quick brown fox jumps over the lazy dog. Well-known compound-words and "
          "e-mail addresses, x--y dashes and --options wrap well.  Sentence two! Is it? "
          "Supercalifragilisticexpialidocious-and-more-hyphenated-words follow here.")

for width in (1, 5, 10, 12, 20, 33, 70, 200):
    print(width, textwrap.wrap(sample, width=width))
print(textwrap.fill(sample, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(sample, 25, break_on_hyphens=False))
print(textwrap.wrap(sample, 10, break_long_words=False))
print(textwrap.wrap(sample, 25, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("  leading", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\tin\ttext here", 12), textwrap.wrap("tabs\tin\ttext", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line\nbreaks\nkept?", 40), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
for ml in (1, 2, 3):
    print(ml, textwrap.wrap(sample, 20, max_lines=ml), textwrap.wrap(sample, 20, max_lines=ml, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."), repr(textwrap.shorten(sample, 40)))

print(repr(textwrap.dedent("""\
    def f():
        return 1

      odd
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y\n")), repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.indent("a\n\nb\n  c\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))

w = textwrap.TextWrapper(width=15, initial_indent="-> ")
print(w.wrap("a fairly short sentence that needs wrapping"), w.fill("short"))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...more]")):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

rng = random.Random(5)
words = ["a", "bb", "ccc", "well-known", "x", "hyphen-ated-word", "longlonglonglongword", "end.", "Yes!", "--flag", "e-mail", "ab-cd"]
for i in range(60):
    text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 15)))
    width = rng.randrange(1, 30)
    opts = {}
    if i % 3 == 0:
        opts["break_on_hyphens"] = False
    if i % 4 == 0:
        opts["fix_sentence_endings"] = True
    if i % 5 == 0:
        opts["max_lines"] = rng.randrange(2, 4)
    print(width, opts, textwrap.wrap(text, width, **opts))
