# @EXPECTED_SCORE@: 100
n = int(input())
print(f"{sum(map(int, input().split())) / n:.9f}")
