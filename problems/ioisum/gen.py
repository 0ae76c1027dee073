#!/usr/bin/env python3
"""Writes tests/N.in and tests/N.ans for ioisum. Deterministic: run it from anywhere."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LIM = 10**13

rng = random.Random(20261130)
cases = [
    [1, 2, 3],                            # the example
    [-5],
    [2147483647, 1],                      # overflows a 32-bit int
    [LIM] * 1000,
    [rng.randint(-LIM, LIM) for _ in range(200000)],
]

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for i, values in enumerate(cases, 1):
    with open(os.path.join(tests, f"{i}.in"), "w") as f:
        f.write(f"{len(values)}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(tests, f"{i}.ans"), "w") as f:
        f.write(f"{sum(values)}\n")
