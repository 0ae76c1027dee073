#include "sandbox/uts.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox::uts {

int set_hostname(const char* name) {
  return ::sethostname(name, std::strlen(name)) == 0 ? 0 : errno;
}

}  // namespace sandbox::uts
