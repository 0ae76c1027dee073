#include "base/glob.h"

namespace base {

bool glob_match(const char* pattern, const char* name) {
  for (; *pattern; ++pattern, ++name) {
    if (*pattern == '*') {
      for (const char* rest = name;; ++rest) {
        if (glob_match(pattern + 1, rest)) return true;
        if (!*rest) return false;
      }
    }
    if (!*name || (*pattern != '?' && *pattern != *name)) return false;
  }
  return !*name;
}

}  // namespace base
