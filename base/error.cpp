#include "base/error.h"

#include <cstring>

namespace base {

std::string errno_text(int err) {
  char buf[256];
  return std::string(strerror_r(err, buf, sizeof buf));
}

void throw_system_error(const std::string& what, int err) {
  throw SystemError(what + ": " + errno_text(err));
}

}  // namespace base
