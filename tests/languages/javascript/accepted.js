// The sums need 64 bits: a Number holds integers exactly only up to 2^53, so BigInt.
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());
