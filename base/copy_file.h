// Copying a regular file that someone else controls (a box made it) into a directory of ours,
// between directory fds: never through a link, only a regular file, at most a given size. No
// allocation (the box's init copies with it): the caller lends the buffer.
#pragma once

#include <sys/stat.h>

#include <cstddef>
#include <cstdint>

#include "base/fd.h"

namespace base {

enum class OpenRegular { Ok, CannotOpen, NotRegular, TooLarge };
// Opens `name` in `dir` for reading, never through a link nor waiting on a FIFO. Ok: `fd` and `st`
// are the file's. CannotOpen: errno says why.
OpenRegular open_regular_at(int dir, const char* name, std::uint64_t max_bytes, UniqueFd& fd,
                            struct stat& st);

// TooLarge: the file grew past the limit while being copied. The failures leave errno set.
enum class CopyResult { Done, TooLarge, CreateFailed, ReadFailed, WriteFailed };
struct CopyTarget {
  int dir;
  const char* name;  // created, never replaced
  mode_t mode;       // exactly, whatever the umask
};
struct CopyBuffer {
  char* data;
  std::size_t size;
};
// Copies the rest of `in` into a new file; anything but Done removes it again. `copied` is the
// number of bytes copied when Done.
CopyResult copy_to_new_file(int in, const CopyTarget& to, std::uint64_t max_bytes,
                            CopyBuffer buffer, std::uint64_t& copied);

}  // namespace base
