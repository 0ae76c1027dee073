// Kattis output validator for pairsum: validate INPUT ANSWER FEEDBACK_DIR/ < OUTPUT.
// Exit 42: the output is two integers a, b >= 1 with a + b = n; 43 otherwise, with the reason in
// FEEDBACK_DIR/judgemessage.txt. The answer file (one right pair) is not needed.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string feedback_dir;

[[noreturn]] void verdict(int code, const std::string& message) {
  std::ofstream(feedback_dir + "/judgemessage.txt") << message << '\n';
  std::exit(code);
}

[[noreturn]] void wrong(const std::string& message) {
  verdict(43, message);
}

// A decimal integer in [1, 10^18], nothing else in the token.
long long positive(const std::string& token) {
  if (token.empty() || token.size() > 19)
    wrong("'" + token.substr(0, 20) + "' is not a number in range");
  for (char c : token)
    if (c < '0' || c > '9') wrong("'" + token.substr(0, 20) + "' is not a positive integer");
  long long value = std::stoll(token);
  if (value < 1 || value > 1000000000000000000LL) wrong(token + " is out of range");
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: validate INPUT ANSWER FEEDBACK_DIR < OUTPUT\n");
    return 1;  // neither 42 nor 43: the judge reports its own failure
  }
  feedback_dir = argv[3];
  long long n = 0;
  if (!(std::ifstream(argv[1]) >> n)) {
    std::fprintf(stderr, "cannot read n from %s\n", argv[1]);
    return 1;
  }
  std::string a_token, b_token, extra;
  if (!(std::cin >> a_token >> b_token)) wrong("expected two integers");
  if (std::cin >> extra) wrong("more than two tokens in the output");
  long long a = positive(a_token), b = positive(b_token);
  if (a > n - b) wrong(a_token + " + " + b_token + " is not " + std::to_string(n));
  if (a + b != n) wrong(a_token + " + " + b_token + " is not " + std::to_string(n));
  verdict(42, "ok: " + a_token + " + " + b_token);
}
