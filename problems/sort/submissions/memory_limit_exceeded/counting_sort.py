# Tries a counting sort with a 512 MiB table (twice the 256 MiB limit); bytearray(size) zero-fills
# it, which touches every page.
count = bytearray(512 << 20)
n = int(input())
values = list(map(int, input().split()))
print(" ".join(map(str, sorted(values))), count[-1])
