#!/usr/bin/env python3
"""Writes tests/G-K.in and tests/G-K.ans for divcount (G: the subtask, 0 for samples).
Deterministic: run it from anywhere."""
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Subtask 1: N <= 1000; 2: N <= 10^6; 3: N <= 10^11. The first test of subtasks 2 and 3 is the
# largest, so that a solution too slow for the subtask fails on its first test.
CASES = {
    0: [5, 10],                                   # the examples in the statement
    1: [1000, 1, 37, 999],
    2: [10**6, 12345, 999983],
    3: [10**11, 10**10, 99999999999, 46341 * 46341, 2**33 + 1],
}


def pairs(n):
    """The number of (a, b) with a * b <= n: sum of n // a, counted in O(sqrt n)."""
    r = math.isqrt(n)
    return 2 * sum(n // a for a in range(1, r + 1)) - r * r


def main():
    assert pairs(5) == 10 and pairs(10) == 27
    assert all(pairs(n) == sum(n // a for a in range(1, n + 1)) for n in range(1, 300))
    tests = os.path.join(HERE, "tests")
    os.makedirs(tests, exist_ok=True)
    for group, values in CASES.items():
        for k, n in enumerate(values, 1):
            with open(os.path.join(tests, f"{group}-{k}.in"), "w") as f:
                f.write(f"{n}\n")
            with open(os.path.join(tests, f"{group}-{k}.ans"), "w") as f:
                f.write(f"{pairs(n)}\n")


main()
