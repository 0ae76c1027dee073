// Input validator in testlib's validator protocol, in plain C++ (no testlib.h): the input on
// stdin, exit 0 when valid, 3 with a message when not. `judge verify` passes it the testset and
// the test's group as Polygon does (--testset tests --group G): group 1's integers are at most
// 1000 in absolute value, the others' at most 10^18.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

namespace {

[[noreturn]] void invalid(const std::string& why) {
  std::cerr << why << "\n";
  std::exit(3);
}

// An integer token of at most 19 digits, no leading zeros or '+'.
long long read_int(long long bound) {
  std::string token;
  if (!(std::cin >> token)) invalid("expected an integer, found the end of the input");
  std::size_t digits = token[0] == '-' ? 1 : 0;
  if (token.size() == digits || token.size() - digits > 19 ||
      token.find_first_not_of("0123456789", digits) != std::string::npos ||
      (token[digits] == '0' && token.size() > digits + 1) || token == "-0")
    invalid("'" + token + "' is not an integer");
  long long value = std::stoll(token);
  if (value < -bound || value > bound)
    invalid(token + " is out of [-" + std::to_string(bound) + ", " + std::to_string(bound) + "]");
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  std::string group;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--group") == 0) group = argv[i + 1];
  long long bound = group == "1" ? 1000 : 1000000000000000000LL;
  long long n = read_int(1000);
  if (n < 1) invalid("n must be at least 1");
  for (long long i = 0; i < n; ++i) read_int(bound);
  std::string extra;
  if (std::cin >> extra) invalid("extra data after the integers: '" + extra + "'");
  return 0;
}
