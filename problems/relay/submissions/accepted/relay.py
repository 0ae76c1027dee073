# Reads its numbers from the manager, answers their sum; copy 1 then adds copy 0's sum.
import sys

with open(sys.argv[1]) as inp, open(sys.argv[2], "w") as out:
    index = int(sys.argv[3])
    first = inp.readline().split()
    total = sum(int(x) for x in first[1:])
    if index == 1:
        total += int(inp.readline())
    print(total, file=out, flush=True)
