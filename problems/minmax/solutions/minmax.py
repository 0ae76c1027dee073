# @EXPECTED_SCORE@: 100
with open("input.txt") as f:
    values = list(map(int, f.read().split()))[1:]
with open("output.txt", "w") as f:
    print(min(values), max(values), file=f)
