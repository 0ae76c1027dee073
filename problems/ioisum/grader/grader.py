# The problem's grader: reads a test, calls the submission's total(), prints its result.
import sys

from sum import total  # the submission, compiled as sum.py

data = sys.stdin.buffer.read().split()
n = int(data[0])
print(total([int(x) for x in data[1:1 + n]]))
