// Does not compile.
int main() { return 0 }
