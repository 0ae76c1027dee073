// The box's standard streams, parent side: files and fds handed over, or pipes the supervisor pumps.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sandbox/fd.h"
#include "sandbox/spec.h"

namespace sandbox {

// A stream the supervisor reads from a pipe: into memory (Capture) or onto a caller's fd (Forward).
struct Pump {
  UniqueFd read_end;
  std::optional<std::uint64_t> keep;  // Capture: bytes kept in `data`
  int forward_fd = -1;                // Forward
  std::uint64_t total = 0;            // bytes the box wrote
  std::string data;
  bool truncated = false;
  bool open() const { return static_cast<bool>(read_end); }
  // Reads what is available; false at EOF or error.
  bool drain();
};

struct BoxStream {
  UniqueFd box_end;                   // the fd the box gets as 0, 1 or 2
  std::optional<Pump> pump;
  bool regular_file = false;          // stdout/stderr into a file: its growth is checked after the run
  std::uint64_t initial_size = 0;
};

// Opens what a Stream names. `fd_number` is 0, 1 or 2. Throws SandboxError for unusable targets
// (directories, terminals, missing files): a terminal handed to a box can be typed into (TIOCSTI).
BoxStream open_stream(const Stream& stream, int fd_number);

}  // namespace sandbox
