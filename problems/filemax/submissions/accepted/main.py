with open("input.txt") as f:
    data = f.read().split()
n = int(data[0])
with open("output.txt", "w") as f:
    print(max(map(int, data[1:1 + n])), file=f)
