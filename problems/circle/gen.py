#!/usr/bin/env python3
"""Writes tests/N.in and tests/N.ans for circle. Deterministic: run it from anywhere.

Answers are computed exactly from the decimal radius with 50 digits of pi, then rounded to
10 digits after the decimal point, so the .ans files hold the true areas, not double results.
"""
import os
import random
from decimal import Decimal, getcontext

HERE = os.path.dirname(os.path.abspath(__file__))
getcontext().prec = 80
PI = Decimal("3.14159265358979323846264338327950288419716939937510")

rng = random.Random(31415)


def rand_radius(hi_int):
    whole = rng.randint(0, hi_int)
    if whole == hi_int:
        return str(whole)
    digits = rng.randint(0, 6)
    if digits == 0:
        return str(whole)
    return f"{whole}.{rng.randint(0, 10**digits - 1):0{digits}d}"


cases = [
    ["1", "2", "0.5"],                                   # the example
    ["0"],                                               # a point
    ["0.001", "0.0001", "0.000001", "0.01"],             # tiny areas: the absolute tolerance matters
    ["1000000", "999999.999999", "123456.789012"],       # huge areas: the relative tolerance matters
    ["3", "7", "10", "100", "1.5", "2.25", "0.333333"],
    [rand_radius(10**6) for _ in range(10**4)],          # many queries
    [rand_radius(10) for _ in range(1000)],              # many small ones
]

tests = os.path.join(HERE, "tests")
os.makedirs(tests, exist_ok=True)
for i, radii in enumerate(cases, 1):
    assert 1 <= len(radii) <= 10**4
    with open(os.path.join(tests, f"{i}.in"), "w") as f:
        f.write(f"{len(radii)}\n")
        for r in radii:
            assert 0 <= Decimal(r) <= 10**6
            f.write(r + "\n")
    with open(os.path.join(tests, f"{i}.ans"), "w") as f:
        for r in radii:
            area = PI * Decimal(r) * Decimal(r)
            f.write(f"{area.quantize(Decimal('1e-10')):f}\n")
