// The interactor of guess-testlib, in testlib's interactor protocol (plain C++, no testlib.h):
//   interact INPUT TOUT [ANSWER [RESULT_FILE [-appes]]] < program's output > program's input
// Exit 0: ok, 1: wrong answer, 2: presentation error, 3: fail. With -appes the result file is
// testlib's XML. TOUT gets "correct" once the number is found; the problem's checker reads it.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) quit(3, "fail", "usage: interact INPUT TOUT [ANSWER [RESULT_FILE [-appes]]]");
  if (argc > 4) result_file = argv[4];
  appes = argc > 5 && std::string(argv[5]) == "-appes";
  long long n = 0, x = 0, q = 0;
  if (!(std::ifstream(argv[1]) >> n >> x >> q)) quit(3, "fail", "cannot read n, x, q");
  std::ofstream tout(argv[2]);
  std::cout << n << ' ' << q << std::endl;
  for (long long asked = 1;; ++asked) {
    std::string mark;
    long long g = 0;
    if (!(std::cin >> mark)) quit(1, "wrong-answer", "the program stopped before the end");
    if (mark != "?" || !(std::cin >> g)) quit(2, "presentation-error", "expected \"? GUESS\"");
    if (asked > q) quit(1, "wrong-answer", "more than " + std::to_string(q) + " guesses");
    if (g == x) break;
    std::cout << (x > g ? "higher" : "lower") << std::endl;
  }
  std::cout << "correct" << std::endl;
  tout << "correct\n";
  tout.close();
  quit(0, "accepted", "found");
}
