# @EXPECTED_SCORE@: 0
# Bug: off by one, the first number is left out.
def total(a):
    return sum(a[1:])
