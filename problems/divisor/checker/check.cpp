// A checker for divisor in the testlib protocol, in plain C++ (no testlib.h):
//   check INPUT OUTPUT ANSWER [RESULT_FILE [-appes]]
// Exit 0: ok, 1: wrong answer, 2: presentation error (not a number), 3: the checker failed. The
// message goes to stderr and, when a result file is named, there too: as testlib's XML with
// -appes, else as text.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

const char* result_file = nullptr;
bool appes = false;

[[noreturn]] void quit(int code, const char* outcome, const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  if (result_file) {
    std::ofstream out(result_file);
    if (appes)
      out << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<result outcome=\"" << outcome << "\">"
          << message << "</result>\n";
    else
      out << outcome << ' ' << message << '\n';
  }
  std::exit(code);
}

// A decimal integer of at most 13 digits, nothing else in the token.
bool number(const std::string& token, long long& value) {
  if (token.empty() || token.size() > 13) return false;
  for (char c : token)
    if (c < '0' || c > '9') return false;
  value = std::stoll(token);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) quit(3, "fail", "usage: check INPUT OUTPUT ANSWER [RESULT_FILE [-appes]]");
  if (argc > 4) result_file = argv[4];
  appes = argc > 5 && std::string(argv[5]) == "-appes";
  long long n = 0;
  if (!(std::ifstream(argv[1]) >> n)) quit(3, "fail", "cannot read n from the input");
  std::ifstream output(argv[2]);
  std::string token, extra;
  if (!(output >> token)) quit(1, "wrong-answer", "no output");
  long long d = 0;
  if (!number(token, d))
    quit(2, "presentation-error", "expected an integer, found '" + token.substr(0, 20) + "'");
  if (output >> extra) quit(2, "presentation-error", "more than one token in the output");
  if (d <= 1 || d >= n) quit(1, "wrong-answer", token + " is not between 1 and n exclusive");
  if (n % d != 0) quit(1, "wrong-answer", token + " does not divide " + std::to_string(n));
  quit(0, "accepted", token + " divides " + std::to_string(n));
}
