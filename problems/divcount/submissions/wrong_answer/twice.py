# @EXPECTED_SCORE@: 0
# Bug: counts the pairs with a <= r and those with b <= r, but forgets that the r * r pairs with
# both are counted twice. Wrong from the first sample on.
import math

n = int(input())
r = math.isqrt(n)
print(2 * sum(n // a for a in range(1, r + 1)))
