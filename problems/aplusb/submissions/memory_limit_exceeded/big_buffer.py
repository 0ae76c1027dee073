# Builds 512 MiB of bytes (twice the 256 MiB limit); repetition writes every byte.
a, b = map(int, input().split())
buffer = b"\x01" * (512 << 20)
print(a + b + buffer[-1] - 1)
