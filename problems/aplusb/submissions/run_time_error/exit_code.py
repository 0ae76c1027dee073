# Prints the right answer but then exits with status 3: a non-zero exit is a run-time error.
import sys

a, b = map(int, input().split())
print(a + b)
sys.exit(3)
