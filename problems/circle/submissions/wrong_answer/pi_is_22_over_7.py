# Bug: pi approximated as 22/7, a relative error of 4e-4 (far above 1e-6).
q = int(input())
for _ in range(q):
    r = float(input())
    print(f"{22 / 7 * r * r:.10f}")
