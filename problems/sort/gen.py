#!/usr/bin/env python3
"""Writes tests/N.in and tests/N.ans for sort. Deterministic: run it from anywhere.

Test 7 is the large one (n = 2*10^5): there an O(n^2) sort needs tens of seconds. Its values are
kept within 10^6 in absolute value so the files stay small; the extremes are covered by test 4.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LIM = 10**9
NMAX = 2 * 10**5

rng = random.Random(271828)
cases = [
    [5, -3, 10, 5, 0, 9],                                        # the example
    [42],                                                        # n = 1
    [7] * 50,                                                    # all equal
    [LIM, -LIM, 0, LIM, -LIM, 1, -1, 999999999, -999999999],     # the extremes
    list(range(100, 0, -1)),                                     # reversed
    [rng.randint(-LIM, LIM) for _ in range(1000)],               # random, medium
    [rng.randint(-10**6, 10**6) for _ in range(NMAX)],           # random, the largest n
    sorted(rng.randint(-100, 100) for _ in range(2000)),         # already sorted, many repeats
]

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for i, values in enumerate(cases, 1):
    assert 1 <= len(values) <= NMAX and all(-LIM <= v <= LIM for v in values)
    with open(os.path.join(tests, f"{i}.in"), "w") as f:
        f.write(f"{len(values)}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(tests, f"{i}.ans"), "w") as f:
        f.write(" ".join(map(str, sorted(values))) + "\n")
