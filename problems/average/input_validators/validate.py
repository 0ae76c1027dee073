# Input validator (Kattis protocol: exit 42 valid, 43 invalid): a line with n (1 <= n <= 1000),
# then a line of n integers of absolute value at most 10^9, nothing else. `judge verify` runs it
# on every test; with `integer_average` (group1's input_validator_args) the average must be an
# integer, as group 1 promises.
import re
import sys


def invalid(why):
    print(why, file=sys.stderr)
    sys.exit(43)


INT = re.compile(r"-?(0|[1-9][0-9]*)")
text = sys.stdin.read()
lines = text.split("\n")
if len(lines) != 3 or lines[2] != "":
    invalid("expected exactly two lines, each ending with a newline")
if not INT.fullmatch(lines[0]) or not 1 <= int(lines[0]) <= 1000:
    invalid("n must be an integer in [1, 1000]")
n = int(lines[0])
items = lines[1].split(" ")
if len(items) != n or not all(INT.fullmatch(x) and abs(int(x)) <= 10**9 for x in items):
    invalid(f"the second line must hold {n} integers of absolute value at most 10^9")
if "integer_average" in sys.argv[1:] and sum(map(int, items)) % n != 0:
    invalid("the average is not an integer")
sys.exit(42)
