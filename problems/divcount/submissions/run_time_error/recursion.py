# @EXPECTED_SCORE@: 0
# Bug: one recursive call per a. The samples (N = 5, 10) pass; the first test of subtask 1
# (N = 1000) goes past Python's recursion limit of 1000 frames: RecursionError, exit 1 (RE).
import sys


def count(n, a):
    return 0 if a > n else n // a + count(n, a + 1)


print(count(int(sys.stdin.readline()), 1))
