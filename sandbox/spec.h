// What to run and under which limits: the input of sandbox::Sandbox::run.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/fd.h"
#include "sandbox/limits.h"
#include "sandbox/stop.h"

namespace sandbox {

// Where a standard stream of the box comes from or goes to.
struct Stream {
  struct Null {};
  struct Path {  // opened by the sandbox, outside the box, with the caller's rights
    std::string path;
  };
  struct Fd {  // an fd of the caller (a regular file or a pipe; never a terminal or directory)
    int fd;
  };
  // An fd given to the box, whose only copy the judge holds: the sandbox takes it out of the
  // pointer and closes it as soon as the box has it (also when the run fails before). For a pipe
  // to another box: once both boxes have started, no end of it is left in the judge, so each box
  // sees EOF when the other is gone.
  struct Given {
    std::shared_ptr<base::UniqueFd> fd;
  };
  struct Capture {  // collected into the result, at most `max` bytes kept; excess is dropped
    std::uint64_t max;
  };
  struct Forward {  // copied to an fd of the caller; counts toward Limits::output (OLE)
    int fd;
  };
  using Target = std::variant<Null, Path, Fd, Given, Capture, Forward>;
  Target target = Null{};
};

struct Bind {
  std::string host;  // absolute path on the host
  std::string box;   // absolute path inside the box
  bool writable = false;
};

// The root filesystem: an overlay of read-only lower layers over a base, with a tmpfs upper.
struct Rootfs {
  std::vector<std::string> layers;  // host directories, topmost first, stacked over the base
  std::optional<std::string>
      base_dir;                // an unpacked image to use as the base; default: host allowlist
  std::vector<Bind> binds;     // extra bind mounts, applied after the base
  bool mask_usr_local = true;  // hide /usr/local of the host allowlist base
};

enum class SeccompMode { Off, Errno, Kill };

// Files to take out of the box when the program has exited: regular files in its working
// directory whose names match `patterns` ('*' and '?' globs), copied into the host directory
// `to_dir` by the box's init after it has killed every other process in the box. Nothing the box
// made is followed or opened by the judge in place: links, FIFOs and directories are skipped.
struct Collect {
  std::vector<std::string> patterns;
  std::string to_dir;  // an existing, empty host directory
  std::uint64_t max_file_bytes = defaults::kCollectFileBytes;
  std::uint32_t max_files = defaults::kCollectFiles;
  // And all files together at most Limits::disk: a sparse file costs the box nothing, its copy
  // would cost the host its full size.
};

// A file the box finds in /box when its program starts, owned by the program's user: the caller's
// bytes, written into the box's own filesystem (no host file is bound, so nothing the box does to
// it reaches the host).
struct SeedFile {
  std::string name;  // a plain file name: no '/', not "." or ".."
  std::string contents;
};
inline constexpr std::uint64_t kMaxSeedBytes = 16 << 20;  // all seed files together

struct RunSpec {
  std::vector<std::string> argv;  // argv[0] is looked up in PATH from `env` when it has no '/'
  std::vector<std::string> env;   // "NAME=value"; nothing else reaches the box
  std::string cwd = "/";
  std::string hostname = "box";
  Stream stdin_stream;
  Stream stdout_stream;
  Stream stderr_stream;
  Limits limits;
  Rootfs rootfs;
  std::optional<Collect> collect;
  SeccompMode seccomp = SeccompMode::Errno;
  bool loopback = true;  // bring `lo` up inside the box's own network namespace
  // The caller's way to end the run early, from another thread (sandbox/stop.h); may be shared by
  // several runs.
  std::shared_ptr<StopHandle> stop;
  // More fds for the program, as 3, 4, ... in this order, each handed over as Stream::Given is
  // (the judge's only copy, taken and closed once the box has it): pipes to other boxes, which the
  // program may also open by name as /dev/fd/N. At most kMaxExtraFds.
  std::vector<std::shared_ptr<base::UniqueFd>> extra_fds;
  std::vector<SeedFile> seed;  // at most kMaxSeedBytes in all
};

inline constexpr std::size_t kMaxExtraFds = 64;

}  // namespace sandbox
