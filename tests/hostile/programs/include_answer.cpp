// hostile: includes the test's answer file at compile time
// verdict: CE
// message: compilation failed
#include "@ANSWER_PATH@"
int main() {}
