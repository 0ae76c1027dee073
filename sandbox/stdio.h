// The box's standard streams, parent side: files and fds handed over, or pipes the supervisor
// pumps.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <sys/types.h>
#include <string>

#include "sandbox/byte_queue.h"
#include "base/fd.h"
#include "sandbox/spec.h"

namespace sandbox {

// A stream the supervisor reads from a pipe: into memory (Capture) or onto a caller's fd (Forward).
// Forwarding onto a file keeps the file's page cache out of the box's memory cgroup.
// Forwarding never blocks the supervisor: what the caller's fd cannot take yet waits in `pending`
// (bounded; when full, the box waits on its pipe instead), written a pipe-atomic chunk at a time.
struct Pump {
  base::UniqueFd read_end;
  std::optional<std::uint64_t> keep;  // Capture: bytes kept in `data`
  int forward_fd = -1;                // Forward
  std::uint64_t total = 0;            // bytes the box wrote
  std::string data;
  bool truncated = false;
  ByteQueue pending;      // Forward: read, not yet written
  bool box_gone = false;  // no writer left: read to EOF, past the pending bound
  // Forward onto a regular file: written at once, whole. A failed write (ENOSPC, EIO; not a
  // reader that went away) is kept here and ends forwarding: the destination cannot hold what the
  // box wrote.
  bool forward_to_file = false;
  int write_error = 0;

  bool open() const { return static_cast<bool>(read_end); }
  bool can_read() const;
  bool wants_write() const { return forward_fd >= 0 && !pending.empty(); }
  // Reads what is available (up to the pending bound until the box is gone: then its pipe holds
  // at most one pipe buffer); closes read_end at EOF.
  void drain();
  // One write the forward fd reported ready for.
  void write_some();
  // After the run: the rest, waiting for the caller's reader at most `patience`; what it does not
  // take by then is dropped (and `truncated` set).
  void flush(std::chrono::milliseconds patience);
};

struct BoxStream {
  BoxStream() = default;
  BoxStream(BoxStream&&) = default;
  BoxStream& operator=(BoxStream&&) = default;
  ~BoxStream() { take_back(); }

  base::UniqueFd box_end;  // the fd the box gets as 0, 1 or 2
  std::optional<Pump> pump;
  bool regular_file = false;  // stdout/stderr into a file: its growth is checked after the run
  std::uint64_t initial_size = 0;
  bool ours = false;                    // a pipe or file the sandbox made (not a caller's fd)
  bool given = false;                   // Stream::Given: closed once the box has it
  std::optional<mode_t> original_mode;  // set while a file is handed over

  // The program may reopen its own outputs as /dev/stdout (through /proc/self/fd): a pipe the
  // sandbox made is given to the box's user; a file becomes writable by others for the run, but
  // stays the caller's, so the box cannot chmod it, lease it or give it away. take_back() restores
  // (at the latest on destruction, whatever happened in between).
  void hand_over(uid_t uid, gid_t gid);
  void take_back();
};

// Opens what a Stream names. `fd_number` is 0, 1 or 2. Throws SandboxError for unusable targets
// (directories, terminals, missing files): a terminal handed to a box can be typed into (TIOCSTI).
BoxStream open_stream(const Stream& stream, int fd_number);

}  // namespace sandbox
