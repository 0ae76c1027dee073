# hostile: Python allocates and fills memory without end (bytes of 'x', so every page is touched)
# verdict: MLE
# message: memory limit
# time-limit: 30s
hoard = []
while True:
    hoard.append(b"x" * (1 << 20))
