# Bug: reads stdin, which a file-I/O problem leaves empty, and writes an empty output.txt.
import sys

data = sys.stdin.read().split()
with open("output.txt", "w") as f:
    if data:
        print(max(map(int, data[1:])), file=f)
