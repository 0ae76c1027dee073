// hostile: pulls the answer file into the binary at assembly time with .incbin (past the preprocessor's
// #include checks). The assembler runs in the compile box, where the problem's files do not exist.
// verdict: CE
// message: compilation failed
#include <stdio.h>
__asm__(".section .rodata\n.globl answer\nanswer:\n.incbin \"@ANSWER_PATH@\"\n.byte 0\n.text");
extern const char answer[];
int main(void) {
  fputs(answer, stdout);
  return 0;
}
