// The interactor of twopass, a Kattis output validator in a multi-pass problem:
//   interact INPUT ANSWER FEEDBACK_DIR/ < program's output > program's input
// Pass 1 (input "encode N"): sends it, reads the program's word and writes nextpass.in
// ("decode WORD N"), which is its input in pass 2: it sends "decode WORD" and expects N back.
// judgemessage.txt from pass 1 is still in the feedback directory in pass 2: it appends to it.
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string feedback_dir;

void note(const std::string& line) {
  std::ofstream(feedback_dir + "judgemessage.txt", std::ios::app) << line << '\n';
}

[[noreturn]] void wrong(const std::string& why) {
  note(why);
  std::exit(43);
}

bool plain_word(const std::string& word) {
  if (word.empty() || word.size() > 8) return false;
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  feedback_dir = argv[3];
  std::ifstream input(argv[1]);
  std::string step, word;
  long long n = 0;
  if (!(input >> step)) return 1;
  if (step == "encode") {
    if (!(input >> n)) return 1;
    std::cout << "encode " << n << std::endl;
    if (!(std::cin >> word) || !plain_word(word)) wrong("pass 1: no word of 1 to 8 letters");
    std::ofstream(feedback_dir + "nextpass.in") << "decode " << word << ' ' << n << '\n';
    note("pass 1: " + std::to_string(n) + " is " + word);
    return 42;
  }
  if (step != "decode" || !(input >> word >> n)) return 1;
  std::cout << "decode " << word << std::endl;
  long long got = 0;
  if (!(std::cin >> got)) wrong("pass 2: no number");
  if (got != n) wrong("pass 2: " + std::to_string(got) + " instead of " + std::to_string(n));
  note("pass 2: decoded");
  return 42;
}
