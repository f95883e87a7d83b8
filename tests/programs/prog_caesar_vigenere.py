# classical ciphers with str methods, ord/chr and modular arithmetic
import string
def caesar(text, shift):
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            s = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                s = -s
            out.append(chr((ord(ch) - base + s) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Meet me by the old oak tree, 3pm.'
for shift in (1, 3, 13, -5, 26):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift) == msg)
enc = vigenere(msg, 'LEMON')
print(enc)
print(vigenere(enc, 'LEMON', decrypt=True))
def crack(ciphertext):
    english = 'etaoinshrdlu'
    best = None
    for shift in range(26):
        cand = caesar(ciphertext, -shift)
        score = sum(cand.lower().count(c) * (12 - i) for i, c in enumerate(english))
        if best is None or score > best[0]:
            best = (score, shift, cand)
    return best[1], best[2]
print(crack(caesar('the quick brown fox jumps over the lazy dog', 7)))
