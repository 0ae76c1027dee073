# Too slow: adds b one unit at a time. Fine for the small tests, hopeless for |b| = 10^18.
a, b = map(int, input().split())
step = 1 if b > 0 else -1
for _ in range(abs(b)):
    a += step
print(a)
