# A syntax error: the compile step (py_compile) rejects it before any test runs.
a, b = map(int, input().split()
print(a + b)
