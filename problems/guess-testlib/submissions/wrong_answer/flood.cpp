// Floods the pipe with guesses without ever reading a reply: the interactor reads the first
// answers, then too many guesses, and says WA; the program is stopped (never a hang).
#include <cstdio>

int main() {
  for (;;) std::fputs("? 1\n", stdout);
}
