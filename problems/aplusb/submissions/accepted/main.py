# Python ints are unbounded, so nothing can overflow.
a, b = map(int, input().split())
print(a + b)
