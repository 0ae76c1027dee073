// hostile: includes /dev/zero at compile time: the compiler reads forever
// verdict: CE
// message: limit
#include "/dev/zero"
int main() {}
