-- Lua 5.4 integers are 64-bit: "n" reads 10^18 exactly.
local a, b = io.read("n", "n")
print(a + b)
