// hostile: looks for anything of the judge's environment: only PATH and HOME may be set, in environ and in
// /proc/self/environ, and the judge's secret variable must be absent.
// verdict: AC
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern char** environ;

int main() {
  for (char** e = environ; *e; ++e) {
    std::string var = *e;
    if (var.rfind("PATH=", 0) != 0 && var.rfind("HOME=", 0) != 0) {
      std::cout << "LEAK " << var << "\n";
      return 0;
    }
  }
  std::ifstream proc("/proc/self/environ");
  std::string all((std::istreambuf_iterator<char>(proc)), std::istreambuf_iterator<char>());
  if (std::getenv("@SECRET_ENV@") || all.find("@SECRET_ENV@") != std::string::npos ||
      all.find("the-judge-secret") != std::string::npos) {
    std::cout << "LEAK the secret\n";
    return 0;
  }
  long a, b;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}
