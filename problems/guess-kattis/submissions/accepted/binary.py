# Binary search, in Python.
n, q = map(int, input().split())
lo, hi = 1, n
while lo <= hi:
    g = (lo + hi) // 2
    print("?", g, flush=True)
    reply = input().strip()
    if reply == "correct":
        break
    if reply == "higher":
        lo = g + 1
    else:
        hi = g - 1
