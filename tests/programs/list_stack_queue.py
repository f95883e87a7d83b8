# lists as stacks and queues, in-place algorithms
stack = []
for ch in '({[]})':
    if ch in '({[':
        stack.append(ch)
    else:
        top = stack.pop()
        print('matched', top, ch)
print('stack empty:', not stack)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', 'a(b)c']:
    print(repr(s), balanced(s))
queue = ['a', 'b', 'c']
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)
def rotate(l, k):
    k %= len(l)
    l[:] = l[-k:] + l[:-k]
nums = [1, 2, 3, 4, 5]
rotate(nums, 2)
print(nums)
def dedupe(l):
    seen = set()
    out = []
    for x in l:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]))
l = [5, 3, 8, 1]
for i in range(len(l)):
    for j in range(len(l) - 1 - i):
        if l[j] > l[j + 1]:
            l[j], l[j + 1] = l[j + 1], l[j]
print(l)
