# Too slow: repeatedly takes out the minimum, O(n^2); for n = 2*10^5 that takes minutes.
n = int(input())
values = list(map(int, input().split()))
result = []
while values:
    smallest = min(values)
    values.remove(smallest)
    result.append(smallest)
print(" ".join(map(str, result)))
