#include "sandbox/disk_usage.h"

#include <sys/statfs.h>

namespace sandbox::disk {

unsigned long long used_bytes_at_root() {
  struct statfs fs {};
  if (::statfs("/", &fs) != 0) return 0;
  return static_cast<unsigned long long>(fs.f_blocks - fs.f_bfree) *
         static_cast<unsigned long long>(fs.f_bsize);
}

}  // namespace sandbox::disk
