# Too slow: computes pi from the Leibniz series with 10^9 terms (minutes in CPython).
pi = 0.0
sign = 1.0
for k in range(10**9):
    pi += sign / (2 * k + 1)
    sign = -sign
pi *= 4
q = int(input())
for _ in range(q):
    r = float(input())
    print(f"{pi * r * r:.10f}")
