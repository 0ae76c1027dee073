// Overkill but correct: adds in __int128 and prints the digits by hand.
#include <cstdio>
#include <string>

int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  __int128 s = static_cast<__int128>(a) + b;
  bool negative = s < 0;
  if (negative) s = -s;
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(s % 10)));
    s /= 10;
  } while (s != 0);
  std::printf("%s%s\n", negative ? "-" : "", digits.c_str());
}
