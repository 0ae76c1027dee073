# N in base 26 with the letters a..z, in Python.
step, value = input().split()
if step == "encode":
    n, word = int(value), ""
    while True:
        word += chr(ord("a") + n % 26)
        n //= 26
        if n == 0:
            break
    print(word, flush=True)
else:
    n = 0
    for c in reversed(value):
        n = n * 26 + ord(c) - ord("a")
    print(n, flush=True)
