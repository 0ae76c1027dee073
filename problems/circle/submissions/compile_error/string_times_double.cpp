// Does not compile: multiplies a string literal by a double.
#include <cstdio>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q-- > 0) {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    double area = "3.14159265358979" * r * r;
    std::printf("%.10f\n", area);
  }
}
