# @EXPECTED_SCORE@: 50
# O(N), as linear.cpp: subtasks 1 and 2 (N <= 10^6) in well under a second, subtask 3 never.
n = int(input())
print(sum(n // a for a in range(1, n + 1)))
