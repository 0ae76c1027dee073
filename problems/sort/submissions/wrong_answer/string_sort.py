# Bug: sorts the numbers as strings, so "10" comes before "5" and "-3" before "-10".
input()
print(" ".join(sorted(input().split())))
