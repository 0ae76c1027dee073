// N in base 26 with the letters a..z: at most 7 letters for 10^9.
#include <iostream>
#include <string>

int main() {
  std::string step, word;
  std::cin >> step;
  if (step == "encode") {
    long long n;
    std::cin >> n;
    do {
      word += static_cast<char>('a' + n % 26);
      n /= 26;
    } while (n > 0);
    std::cout << word << std::endl;
  } else {
    std::cin >> word;
    long long n = 0;
    for (auto it = word.rbegin(); it != word.rend(); ++it) n = n * 26 + (*it - 'a');
    std::cout << n << std::endl;
  }
}
