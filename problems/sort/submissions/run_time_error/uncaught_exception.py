# Bug: looks up a dictionary of first positions with a key that is not there: KeyError, exit 1.
n = int(input())
values = list(map(int, input().split()))
first_seen = {v: i for i, v in enumerate(values)}
order = sorted(values)
print(" ".join(str(v) for v in order), first_seen[n + max(values) + 1])
