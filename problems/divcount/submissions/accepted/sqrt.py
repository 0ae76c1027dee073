# @EXPECTED_SCORE@: 100
# O(sqrt N), as sqrt.cpp.
import math

n = int(input())
r = math.isqrt(n)
print(2 * sum(n // a for a in range(1, r + 1)) - r * r)
