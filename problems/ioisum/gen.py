#!/usr/bin/env python3
"""Writes tests/G-K.in and tests/G-K.ans for ioisum: test K of subtask G (0: the example).
Deterministic: run it from anywhere."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LIM = 10**13

rng = random.Random(20261130)
cases = {
    "0-1": [1, 2, 3],                                      # the example
    "1-1": [-5],                                           # subtask 1: |a_i| <= 10^4, n <= 1000
    "1-2": [rng.randint(-10**4, 10**4) for _ in range(1000)],
    "2-1": [2147483647, 1],                                # subtask 2: overflows a 32-bit int
    "2-2": [LIM] * 1000,
    "2-3": [rng.randint(-LIM, LIM) for _ in range(200000)],
}

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for name in os.listdir(tests):
    os.remove(os.path.join(tests, name))
for name, values in cases.items():
    with open(os.path.join(tests, f"{name}.in"), "w") as f:
        f.write(f"{len(values)}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(tests, f"{name}.ans"), "w") as f:
        f.write(f"{sum(values)}\n")
