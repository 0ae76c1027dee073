# @EXPECTED_SCORE@: 100
def total(a):
    return sum(a)
