#include "tests/support/process_memory.h"

#include <malloc.h>

#include <string>

#include "base/file_io.h"

#if defined(__SANITIZE_ADDRESS__)
// Exported by libasan; GCC ships no header that declares it.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace test {

std::size_t rss_kib() {
  auto status = base::read_file("/proc/self/status").value_or("");
  auto pos = status.find("VmRSS:");
  return pos == std::string::npos ? 0 : std::stoul(status.substr(pos + 6));
}

std::size_t heap_in_use_bytes() {
#if defined(__SANITIZE_ADDRESS__)
  return __sanitizer_get_current_allocated_bytes();
#else
  struct mallinfo2 info = ::mallinfo2();
  return info.uordblks + info.hblkhd;
#endif
}

bool rss_tracks_leaks() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#else
  return true;
#endif
}

}  // namespace test
