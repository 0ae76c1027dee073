# Bug: goes through float, whose 53-bit mantissa cannot hold every integer near 10^18
# (-1 + 10^18 comes out as 1000000000000000000).
a, b = map(float, input().split())
print(int(a + b))
