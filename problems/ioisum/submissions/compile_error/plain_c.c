/* @EXPECTED_SCORE@: 0 */
/* C: this problem has a grader for C++ and Python only, so it cannot be solved in C (CE). */
long long total(const long long* a, int n) {
  long long s = 0;
  for (int i = 0; i < n; ++i) s += a[i];
  return s;
}
