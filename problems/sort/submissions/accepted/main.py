import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = sorted(map(int, data[1:n + 1]))
sys.stdout.write(" ".join(map(str, values)) + "\n")
