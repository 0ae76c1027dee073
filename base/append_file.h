// A file that only ever grows by whole lines, each one on disk before the next starts: the batch
// results log, which a kill -9 may interrupt at any byte.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/fd.h"

namespace base {

class AppendFile {
 public:
  // Opens `path` for appending (created 0644 if missing) and holds an exclusive lock on it for
  // the object's lifetime (SystemError "... is in use by another process" when another holds
  // it). A last line without its newline (a write cut short by a kill) is cut off first, so the
  // next line starts on a line of its own. Throws SystemError naming the path.
  explicit AppendFile(const std::filesystem::path& path);

  // What the file holds now (through the open file: the same file that is appended to).
  // Throws SystemError.
  std::string contents() const;

  // Writes `line` (which ends in '\n') whole, then fsyncs. Not thread-safe: callers serialise.
  // Throws SystemError.
  void append_synced(std::string_view line);

 private:
  std::filesystem::path path_;
  UniqueFd fd_;
};

}  // namespace base
