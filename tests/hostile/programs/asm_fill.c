// hostile: asks the assembler for a 128 GiB object file (.fill), to fill the disk of whatever compiles it.
// The compiler runs in a box: RLIMIT_FSIZE (the compile output limit) kills the assembler with SIGXFSZ
// long before the box's size-capped tmpfs would fill.
// verdict: CE
// message: compiler output file larger than 256MiB
__asm__(".section .data\n.fill 0x200000000, 8, 0\n.text");
int main(void) { return 0; }
