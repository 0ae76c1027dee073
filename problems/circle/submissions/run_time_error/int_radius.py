# Bug: assumes integer radii; int("0.5") raises ValueError (the example already has 0.5).
import math

q = int(input())
for _ in range(q):
    r = int(input())
    print(f"{math.pi * r * r:.10f}")
