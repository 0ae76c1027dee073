# Bug: expects a and b on separate lines. int("1 2") raises ValueError, so Python exits with 1.
a = int(input())
b = int(input())
print(a + b)
