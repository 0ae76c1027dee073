// The Sandbox of the fresh-box tests (fresh_tests): its boxes' host ids belong to this test process
// alone, so that "no process of a box's host id remains" cannot be confused by a box of a test
// that ctest runs beside it (with the shared ids, another process's box took the slot just freed).
#pragma once

#include <unistd.h>

#include <vector>

#include "sandbox/sandbox.h"
#include "tests/support/host_state.h"

namespace test {

inline constexpr unsigned kFreshMaxBoxes = 16;

inline uid_t fresh_id_base() {
  // Beside the hostile suite's 62000000 + pid % 10000 * 32 and the soak's 63000000.
  return 64000000 + static_cast<uid_t>(::getpid() % 10000) * 2 * kFreshMaxBoxes;
}

inline sandbox::Sandbox& fresh_sandbox() {
  static sandbox::Sandbox sb([] {
    sandbox::SandboxOptions options;
    options.host_id_base = fresh_id_base();
    options.max_boxes = kFreshMaxBoxes;
    return options;
  }());
  return sb;
}

// Every process still running as one of this test process's box host ids ("" when none).
inline std::string processes_of_fresh_boxes() {
  std::string found;
  for (uid_t uid = fresh_id_base(); uid < fresh_id_base() + 2 * kFreshMaxBoxes; ++uid)
    for (pid_t pid : processes_of_uid(uid))
      found += " pid " + std::to_string(pid) + " (uid " + std::to_string(uid) + ")";
  return found;
}

}  // namespace test
