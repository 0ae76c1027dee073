# Python's integers have no bound.
a, b = map(int, open("input.txt").read().split())
open("output.txt", "w").write(f"{a + b}\n")
