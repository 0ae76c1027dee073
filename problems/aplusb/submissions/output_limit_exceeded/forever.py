# Bug: `while True` with no break prints the answer forever, past the 4 MiB output limit. (It
# prints 100000 answers at a time, so it gets there in milliseconds.)
a, b = map(int, input().split())
block = f"{a + b}\n" * 100000
while True:
    print(block, end="")
