// hostile: floods stderr (a captured pipe) instead of stdout; the supervisor counts it against the output limit
// verdict: OLE
// message: output limit
#include <string.h>
#include <unistd.h>
int main(void) {
  static char buf[1 << 16];
  memset(buf, 'E', sizeof buf);
  for (;;) write(2, buf, sizeof buf);
}
