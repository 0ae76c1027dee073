#!/usr/bin/env python3
"""Writes tests/N.in and tests/N.ans for aplusb. Deterministic: run it from anywhere."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LIM = 10**18

rng = random.Random(20240101)
cases = [
    (1, 2),                       # the example
    (0, 0),
    (-5, 3),
    (2147483647, 1),              # overflows a 32-bit int
    (LIM, LIM),                   # the largest sum
    (-LIM, -LIM),                 # the smallest sum
    (LIM, -LIM),
    (-1, LIM),
    (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM)),
    (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM)),
    (123456789012345678, 876543210987654321),
]

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for i, (a, b) in enumerate(cases, 1):
    assert -LIM <= a <= LIM and -LIM <= b <= LIM
    with open(os.path.join(tests, f"{i}.in"), "w") as f:
        f.write(f"{a} {b}\n")
    with open(os.path.join(tests, f"{i}.ans"), "w") as f:
        f.write(f"{a + b}\n")
