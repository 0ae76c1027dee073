import math
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = [f"{math.pi * r * r:.10f}" for r in map(float, data[1:q + 1])]
sys.stdout.write("\n".join(out) + "\n")
