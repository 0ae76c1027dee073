// The interactor of guess, a Kattis output validator run as
//   interact INPUT ANSWER FEEDBACK_DIR/ < program's output > program's input
// Exit 42: the program found the number within its guesses; 43: it did not (judgemessage.txt says
// why). Anything it cannot read from the input is the problem's fault: exit 1.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string feedback_dir;

[[noreturn]] void wrong(const std::string& why) {
  std::ofstream(feedback_dir + "judgemessage.txt") << why << '\n';
  std::exit(43);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  feedback_dir = argv[3];
  long long n = 0, x = 0, q = 0;
  if (!(std::ifstream(argv[1]) >> n >> x >> q)) return 1;
  std::cout << n << ' ' << q << std::endl;
  for (long long asked = 1;; ++asked) {
    std::string mark;
    long long g = 0;
    if (!(std::cin >> mark)) wrong("the program stopped before finding the number");
    if (mark != "?" || !(std::cin >> g)) wrong("expected \"? GUESS\", got \"" + mark + "\"");
    if (asked > q) wrong("more than " + std::to_string(q) + " guesses");
    if (g == x) {
      std::cout << "correct" << std::endl;
      break;
    }
    std::cout << (x > g ? "higher" : "lower") << std::endl;
  }
  // Nothing may follow the last guess.
  std::string extra;
  if (std::cin >> extra) wrong("output after the number was found: \"" + extra + "\"");
  std::ofstream(feedback_dir + "judgemessage.txt") << "found\n";
  return 42;
}
