#!/usr/bin/env python3
"""Writes tests/N.in and tests/N.ans for filemax. Deterministic: run it from anywhere."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LIM = 10**18

rng = random.Random(20261129)
cases = [
    [-7, 12, 5],                          # the example
    [42],
    [-3, -1, -2],                         # all negative: a maximum that starts at 0 is wrong
    [LIM, -LIM],
    [rng.randint(-LIM, LIM) for _ in range(1000)],
    [rng.randint(-LIM, -1) for _ in range(200000)],
]

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for i, values in enumerate(cases, 1):
    with open(os.path.join(tests, f"{i}.in"), "w") as f:
        f.write(f"{len(values)}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(tests, f"{i}.ans"), "w") as f:
        f.write(f"{max(values)}\n")
