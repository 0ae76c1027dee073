// hostile: spins forever on one CPU
// verdict: TLE
// message: CPU time limit
int main(void) {
  volatile unsigned long n = 0;
  for (;;) ++n;
}
