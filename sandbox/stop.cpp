#include "sandbox/stop.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>

#include "sandbox/error.h"

namespace sandbox {

StopHandle::StopHandle() : fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  if (!fd_) throw_errno("eventfd");
}

void StopHandle::stop() {
  // Nobody reads the counter: it stays readable. A full counter (never, in practice) is as good.
  std::uint64_t one = 1;
  (void)!::write(fd_.get(), &one, sizeof one);
}

}  // namespace sandbox
